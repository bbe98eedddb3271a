using System.Security.Cryptography;
using Facturation.Persistence.Opening;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Persistence.Tests;

public sealed class DatabaseOpeningTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Open_NoDatabase_CreatesItWholeWithNoTemporaryFileLeft()
    {
        using var database = new TestDatabase();

        var opened = await database.Migrator().OpenAsync(DatabaseAccess.ReadWrite, default).WaitAsync(Patience);

        Assert.True(opened.Created);
        Assert.Equal(TestDatabase.AllMigrations.Count, await database.ScalarAsync("SELECT count(*) FROM \"__EFMigrationsHistory\""));
        Assert.DoesNotContain(Directory.GetFiles(database.Folder), f => f.EndsWith(".creating", StringComparison.Ordinal));
        Assert.False(File.Exists(database.LockPath), "creating a database takes no migration lock: nobody else can see the temporary file");
    }

    [Fact]
    public async Task Open_EmptyFileLeftByAnInterruptedCreation_IsReplacedByAWholeDatabase()
    {
        using var database = new TestDatabase();
        await File.WriteAllBytesAsync(database.Path, []);

        var opened = await database.Migrator().OpenAsync(DatabaseAccess.ReadWrite, default).WaitAsync(Patience);

        Assert.True(opened.Created);
        Assert.Equal(TestDatabase.AllMigrations.Count, await database.ScalarAsync("SELECT count(*) FROM \"__EFMigrationsHistory\""));
    }

    [Fact]
    public async Task Open_CurrentDatabase_RunsNoMigrationAndWritesNothing()
    {
        using var database = new TestDatabase();
        await database.Migrator().OpenAsync(DatabaseAccess.ReadWrite, default);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var before = SHA256.HashData(await File.ReadAllBytesAsync(database.Path));

        var opened = await database.Migrator().OpenAsync(DatabaseAccess.ReadWrite, default).WaitAsync(Patience);

        Assert.False(opened.Created);
        Assert.Empty(opened.Applied);
        Assert.False(File.Exists(database.LockPath), "no lock is taken when no migration is pending");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.Equal(before, SHA256.HashData(await File.ReadAllBytesAsync(database.Path)));
    }

    [Fact]
    public async Task Open_OlderDatabaseLockedByAProcessThatDied_RemovesTheStaleLockAndUpgrades()
    {
        using var database = new TestDatabase();
        await database.CreateOneMigrationBehindAsync();
        await database.LeaveStaleEfLockAsync("2026-11-30 23:59:59.9999999+00:00");

        // EF Core's MigrateAsync alone would wait for that lock row forever.
        var opened = await database.Migrator().OpenAsync(DatabaseAccess.ReadWrite, default).WaitAsync(Patience);

        Assert.Equal("2026-11-30 23:59:59.9999999+00:00", opened.StaleLockTakenAt);
        Assert.Equal([TestDatabase.AllMigrations[^1]], opened.Applied);
        Assert.Equal(0, await database.ScalarAsync("SELECT count(*) FROM \"__EFMigrationsLock\""));
        Assert.Equal(TestDatabase.AllMigrations.Count, await database.ScalarAsync("SELECT count(*) FROM \"__EFMigrationsHistory\""));
    }

    [Fact]
    public async Task Open_CurrentDatabaseWithAStaleLock_ReadsWithoutWaiting()
    {
        using var database = new TestDatabase();
        await database.Migrator().OpenAsync(DatabaseAccess.ReadWrite, default);
        await database.LeaveStaleEfLockAsync("2026-11-30 23:59:59+00:00");

        var opened = await database.Migrator().OpenAsync(DatabaseAccess.ReadOnly, default).WaitAsync(Patience);
        await using var db = database.Context();

        Assert.Empty(opened.Applied);
        Assert.Equal(0, await db.Companies.CountAsync());
    }

    [Fact]
    public async Task Open_WhileAnotherProcessUpgrades_WaitsThenGivesUpNamingTheLock()
    {
        using var database = new TestDatabase();
        await database.CreateOneMigrationBehindAsync();
        var failure = default(DatabaseFailureException);
        // Another opener holds the lock (flock, as another process's would be).
        await using (new FileStream(database.LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            failure = await Assert.ThrowsAsync<DatabaseFailureException>(() => database.Migrator(lockTimeoutSeconds: 1).OpenAsync(DatabaseAccess.ReadWrite, default).WaitAsync(Patience));
        }

        Assert.Equal(DatabaseFailureKind.Locked, failure.Kind);
        Assert.Contains(database.LockPath, failure.Message, StringComparison.Ordinal);
        var opened = await database.Migrator().OpenAsync(DatabaseAccess.ReadWrite, default).WaitAsync(Patience);
        Assert.Equal([TestDatabase.AllMigrations[^1]], opened.Applied);
    }

    [Fact]
    public async Task Open_ReadOnlyCommand_OpensTheFileReadOnly()
    {
        using var database = new TestDatabase();
        await database.Migrator().OpenAsync(DatabaseAccess.ReadWrite, default);

        await database.Migrator().OpenAsync(DatabaseAccess.ReadOnly, default);
        await using var db = database.Context();
        db.Companies.Add(new Domain.Parties.Company { Code = "acme", LegalName = "ACME" });
        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.True(database.Connection.ReadOnly);
        Assert.Equal(DatabaseFailureKind.ReadOnly, DatabaseFailures.Recognise(refused, database.Path)?.Kind);
    }
}
