using Facturation.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests.Concurrency;

public sealed class DurabilityTests
{
    [Fact]
    public async Task Connection_FromTheFactory_IsWalWithFullSynchronous()
    {
        await using var app = await TestApp.StartAsync();
        await using var db = await app.DbAsync();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();

        Assert.Equal("wal", await PragmaAsync(connection, "journal_mode"));
        // 2 = FULL: in WAL mode the log is synced at every commit, so a committed issue survives a power cut.
        Assert.Equal(2L, await PragmaAsync(connection, "synchronous"));
    }

    [Fact]
    public async Task Issue_OnceReturned_IsVisibleToAFreshConnection()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var issued = await app.IssueAsync((await app.DraftAsync()).Id);

        // A connection of its own (no pool, not the app's factory) reads what another process would read.
        await using var fresh = new SqliteConnection($"Data Source={app.DatabasePath};Pooling=False;Mode=ReadOnly");
        await fresh.OpenAsync();

        Assert.Equal(issued.Number, await ScalarAsync(fresh, "SELECT Number FROM Documents WHERE Id = $id", issued.Id));
        Assert.Equal(1L, await ScalarAsync(fresh, "SELECT LastValue FROM NumberingCounters", null));
        Assert.Equal(1L, await ScalarAsync(fresh, "SELECT COUNT(*) FROM JournalEntries WHERE DocumentId = $id", issued.Id));
    }

    [Fact]
    public async Task Issue_OnceReturned_IsInTheFilesBeforeAnyCheckpoint()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var issued = await app.IssueAsync((await app.DraftAsync()).Id);

        // Copy the database and its WAL while the app still holds its connections open (no checkpoint, no clean close):
        // what a crash right after the return would leave on disk. The copy must hold the issued document.
        var crashed = Path.Combine(app.Folder, "crashed");
        Directory.CreateDirectory(crashed);
        var copy = Path.Combine(crashed, "facturation.db");
        Assert.True(new FileInfo(app.DatabasePath + "-wal").Length > 0);
        File.Copy(app.DatabasePath, copy);
        File.Copy(app.DatabasePath + "-wal", copy + "-wal");
        await using var reopened = new SqliteConnection($"Data Source={copy};Pooling=False");
        await reopened.OpenAsync();

        Assert.Equal(issued.Number, await ScalarAsync(reopened, "SELECT Number FROM Documents WHERE Id = $id", issued.Id));
        Assert.Equal(1L, await ScalarAsync(reopened, "SELECT LastValue FROM NumberingCounters", null));
    }

    private static async Task<object?> PragmaAsync(System.Data.Common.DbConnection connection, string pragma)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {pragma};";
        return await command.ExecuteScalarAsync();
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, Guid? id)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (id is { } value)
            command.Parameters.AddWithValue("$id", value.ToString().ToUpperInvariant());
        return await command.ExecuteScalarAsync();
    }
}
