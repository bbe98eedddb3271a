using Facturation.Application.Journal;
using Microsoft.Data.Sqlite;

namespace Facturation.Application.Tests.Journal;

public sealed class DamagedDatabaseTests
{
    [Fact]
    public async Task Verify_CorruptPageOutsideTheChain_IsReportedNotIntact()
    {
        await using var scenario = await JournalScenario.WithInvoicesAsync(3);
        var before = await scenario.VerifyAsync();
        // A page of the customers table: the chain and the documents it checks never read it.
        await CorruptFirstPageOfAsync(scenario.App.DatabasePath, "Customers");

        var after = await scenario.VerifyAsync();

        Assert.True(before.Intact, string.Join(Environment.NewLine, before.Problems));
        Assert.False(after.Intact);
        Assert.Contains(after.Problems, p => p.Code == JournalProblemCodes.DatabaseDamaged && p.Message.Contains("SQLite's integrity check", StringComparison.Ordinal));
        Assert.Equal(3, after.EntriesChecked);
    }

    private static async Task CorruptFirstPageOfAsync(string databasePath, string table)
    {
        long page, pageSize;
        await using (var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            // Everything into the main file first: a page still in the WAL would hide the damage done below.
            await Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
            page = await Execute(connection, $"SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = '{table}'");
            pageSize = await Execute(connection, "PRAGMA page_size");
        }
        SqliteConnection.ClearAllPools();
        await using var file = new FileStream(databasePath, FileMode.Open, FileAccess.Write);
        file.Seek((page - 1) * pageSize, SeekOrigin.Begin);
        await file.WriteAsync(Enumerable.Repeat((byte)0x5A, (int)pageSize).ToArray());
    }

    private static async Task<long> Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }
}
