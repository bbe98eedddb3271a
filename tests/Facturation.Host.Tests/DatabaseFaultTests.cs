using System.Diagnostics;
using Facturation.Persistence;
using Facturation.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Facturation.Host.Tests;

/// <summary>
/// The database under hostile conditions, through the real process: read-only storage, a full disk, a migration lock
/// left by a killed process. Each ends in one line naming the cause (exit code 74) or works, never hangs.
/// </summary>
public sealed class DatabaseFaultTests : IDisposable
{
    private readonly CliSession _session = new();

    private string DatabasePath => Path.Combine(_session.DataFolder, "facturation.db");

    [Fact]
    public async Task ReadOnlyMount_StillListsShowsAndVerifies_ButRefusesAWriteInOneLine()
    {
        var drafts = await DraftBatch.ImportAsync(_session, 1);
        var number = await _session.OkAsync("invoice", "issue", drafts[0]);

        var (exitCode, stdout, stderr) = await IsolatedMount.RunAsync("""
            mount --bind "$FACTURATION_DATA" "$FACTURATION_DATA"
            mount -o remount,bind,ro "$FACTURATION_DATA"
            "$FACTURATION" company list
            "$FACTURATION" invoice show "$NUMBER" --company acme
            "$FACTURATION" journal verify --company acme
            "$FACTURATION" customer create --company acme --code c2 --name "Other" --address-line1 "1 rue" --post-code 75001 --city Paris || echo "write exit $?"
            """, new Dictionary<string, string> { ["FACTURATION_DATA"] = _session.DataFolder, ["NUMBER"] = number });

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("ACME SAS", stdout, StringComparison.Ordinal);
        Assert.Contains(number, stdout, StringComparison.Ordinal);
        Assert.Contains("Intact.", stdout, StringComparison.Ordinal);
        Assert.Contains("write exit 74", stdout, StringComparison.Ordinal);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"The database {DatabasePath} is read-only", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiskFullDuringTheFirstCompanyCreate_LeavesNoDatabaseAndSaysDiskFull()
    {
        Directory.CreateDirectory(_session.DataFolder);

        // 96 KiB of tmpfs: less than the empty schema needs.
        var (exitCode, stdout, stderr) = await IsolatedMount.RunAsync("""
            mount -t tmpfs -o size=96k tmpfs "$FACTURATION_DATA"
            "$FACTURATION" company create --code acme --name "ACME SAS" --address-line1 "1 rue" --post-code 75002 --city Paris || echo "create exit $?"
            ls -A "$FACTURATION_DATA"
            "$FACTURATION" company list || echo "list exit $?"
            ls -A "$FACTURATION_DATA"
            """, new Dictionary<string, string> { ["FACTURATION_DATA"] = _session.DataFolder });

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("create exit 74", stdout, StringComparison.Ordinal);
        Assert.Contains("list exit 74", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("facturation.db", stdout, StringComparison.Ordinal);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.StartsWith($"Disk full: the database {DatabasePath} could not be written", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task MigrationLockLeftByAKilledProcess_IsRemovedAndTheCommandWorks()
    {
        await CreateOneMigrationBehindAsync();
        await ExecuteAsync("INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-11-30 23:59:59+00:00')");

        var (exitCode, stdout, stderr) = await _session.RunAsync("company", "list").WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("No companies", stdout, StringComparison.Ordinal);
        Assert.Contains("had left it locked; the lock was removed", stderr, StringComparison.Ordinal);
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM \"__EFMigrationsLock\""));
    }

    [Fact]
    public async Task MigrationLockHeldByAnotherProcess_TimesOutNamingIt_ThenWorksOnceThatProcessIsKilled()
    {
        await CreateOneMigrationBehindAsync();
        var lockFile = DatabasePath + "-migration.lock";
        // A real process holding the lock (flock(1), as a facturation process upgrading the database holds it).
        using var holder = Process.Start(new ProcessStartInfo("flock", [lockFile, "sleep", "600"]) { UseShellExecute = false })!;
        await WaitUntilHeldAsync(lockFile);
        var environment = new Dictionary<string, string>
        {
            ["FACTURATION_DATA"] = _session.DataFolder,
            ["Database__MigrationLockTimeoutSeconds"] = "2",
        };

        var blocked = await FacturationProcess.RunAsync(environment, "company", "list").WaitAsync(TimeSpan.FromSeconds(60));
        // SIGKILL to flock and its sleep: the kernel releases the lock with the last descriptor.
        holder.Kill(entireProcessTree: true);
        await holder.WaitForExitAsync();
        var freed = await FacturationProcess.RunAsync(environment, "company", "list").WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(74, blocked.ExitCode);
        Assert.Contains("Another facturation process has been upgrading the database", blocked.StdErr, StringComparison.Ordinal);
        Assert.Contains(lockFile, blocked.StdErr, StringComparison.Ordinal);
        Assert.True(freed.ExitCode == 0, freed.StdErr);
        Assert.Contains("No companies", freed.StdOut, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _session.Dispose();
    }

    // The database as the previous release left it: every migration but the last.
    private async Task CreateOneMigrationBehindAsync()
    {
        Directory.CreateDirectory(_session.DataFolder);
        await using var db = new FacturationDbContext(FacturationDbContextOptions.For(SqliteConnectionStrings.Unpooled(DatabasePath)));
        var migrations = db.GetService<IMigrationsAssembly>().Migrations.Keys.Order(StringComparer.Ordinal).ToList();
        await db.GetService<IMigrator>().MigrateAsync(migrations[^2]);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(SqliteConnectionStrings.Unpooled(DatabasePath));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(SqliteConnectionStrings.Unpooled(DatabasePath));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task WaitUntilHeldAsync(string lockFile)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            try
            {
                await using (new FileStream(lockFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
                {
                }
            }
            catch (IOException) when (File.Exists(lockFile))
            {
                return;
            }
            catch (FileNotFoundException)
            {
            }
            await Task.Delay(20, timeout.Token);
        }
    }
}
