using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Facturation.Persistence.Opening;

/// <summary>
/// The lock a process holds while it upgrades the schema: an exclusive lock on the file <c>&lt;database&gt;-migration.lock</c>
/// (flock), which the system releases when the holder dies, even by SIGKILL. EF Core's own lock is a row in
/// <c>__EFMigrationsLock</c> that a killed process leaves behind, after which every <c>MigrateAsync</c> waits forever;
/// while this file lock is held no other process of ours is migrating, so such a row is stale and is removed.
/// </summary>
internal sealed class MigrationLock : IDisposable
{
    /// <summary>EF Core's lock table (SQLite provider, EF Core 9 and later).</summary>
    public const string EfLockTable = "__EFMigrationsLock";

    // EWOULDBLOCK: the HResult .NET gives the IOException when flock finds the file locked by another open.
    private const int HeldElsewhere = 11;

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);
    private readonly FileStream _file;

    private MigrationLock(FileStream file) => _file = file;

    /// <summary>The lock file of a database.</summary>
    public static string PathOf(string databasePath) => databasePath + "-migration.lock";

    /// <summary>Takes the lock, waiting up to <paramref name="timeout"/> for another process that holds it.</summary>
    /// <exception cref="DatabaseFailureException">Still held after the timeout (kind <see cref="DatabaseFailureKind.Locked"/>).</exception>
    public static async Task<MigrationLock> AcquireAsync(string databasePath, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var path = PathOf(databasePath);
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // FileShare.None: .NET takes flock(LOCK_EX | LOCK_NB) on the file and throws while another process holds it.
                return new MigrationLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException ex) when (ex.HResult == HeldElsewhere)
            {
                if (waited.Elapsed >= timeout)
                {
                    throw new DatabaseFailureException(DatabaseFailureKind.Locked,
                        $"Another facturation process has been upgrading the database {databasePath} for more than {timeout.TotalSeconds:0} s "
                        + $"(it holds {path}; 'fuser {path}' names it). Wait for it to finish and run the command again.", ex);
                }
                await Task.Delay(Poll, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Removes the row of EF Core's lock table, if any: with this lock held it can only be left by a process that died
    /// while migrating. Returns when that process took it (the row's timestamp), or <see langword="null"/> when there was none.
    /// </summary>
    public static async Task<string?> RemoveStaleEfLockAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (!await AppliedMigrations.TableExistsAsync(connection, EfLockTable, cancellationToken))
            return null;
        await using var read = connection.CreateCommand();
        read.CommandText = $"SELECT \"Timestamp\" FROM \"{EfLockTable}\" LIMIT 1";
        var taken = await read.ExecuteScalarAsync(cancellationToken);
        if (taken is null)
            return null;
        await using var delete = connection.CreateCommand();
        delete.CommandText = $"DELETE FROM \"{EfLockTable}\"";
        await delete.ExecuteNonQueryAsync(cancellationToken);
        return Convert.ToString(taken, System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    // The file stays: deleting it while another process waits on it would let two processes hold "the" lock.
    public void Dispose() => _file.Dispose();
}
