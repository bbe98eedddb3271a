using Facturation.Persistence.Opening;
using Facturation.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Facturation.Persistence;

/// <summary>
/// Opens the database for a command: creates it whole when missing, opens it read-only for a command that only reads,
/// and runs EF Core's migrator only when migrations are pending, under a lock that dies with its holder (a stale
/// EF Core lock left by a killed process is recognised and removed). A process whose database is current only reads
/// the migration history: no lock, no write, no model of past migrations built.
/// </summary>
/// <param name="connection">The connection choice, switched to read-only here for reading commands.</param>
/// <param name="options">Database options (migration lock timeout).</param>
/// <param name="logger">Logger.</param>
/// <param name="time">Clock (age of abandoned temporary files); the system clock when not given.</param>
public sealed class DatabaseMigrator(DatabaseConnection connection, PersistenceOptions options, ILogger<DatabaseMigrator>? logger = null, TimeProvider? time = null)
{
    // SQLite's result codes when a read-only connection cannot set up a WAL database's shared memory (-shm).
    private const int SqliteReadOnlyCode = 8;
    private const int SqliteCantOpenCode = 14;

    private readonly ILogger _logger = logger ?? NullLogger<DatabaseMigrator>.Instance;

    /// <summary>Opens the database read-write, creating or upgrading it when needed.</summary>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>A task.</returns>
    public Task MigrateAsync(CancellationToken cancellationToken) => OpenAsync(DatabaseAccess.ReadWrite, cancellationToken);

    /// <summary>Opens the database for a command.</summary>
    /// <param name="access">What the command does with it.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="DatabaseFailureException">The database cannot be used (disk full, read-only and outdated, lock held too long...).</exception>
    public async Task<DatabaseReadiness> OpenAsync(DatabaseAccess access, CancellationToken cancellationToken)
    {
        var path = connection.Location.Path;
        var created = !DatabaseCreation.HoldsData(path) && await DatabaseCreation.CreateAsync(path, time ?? TimeProvider.System, cancellationToken);
        if (created)
            _logger.LogInformation("Database created: {Path}", path);
        var applied = access == DatabaseAccess.ReadOnly
            ? await OpenReadOnlyAsync(path, cancellationToken)
            : await AppliedMigrations.ReadAsync(connection.ConnectionString, readOnly: false, cancellationToken);
        var pending = ProgramMigrations.Ids.Where(id => !applied.Contains(id)).ToList();
        if (pending.Count == 0)
            return new DatabaseReadiness(created, [], null, access);
        return await UpgradeAsync(path, access, created, cancellationToken);
    }

    private async Task<HashSet<string>> OpenReadOnlyAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var applied = await AppliedMigrations.ReadAsync(SqliteConnectionStrings.ReadOnly(path), readOnly: true, cancellationToken);
            connection.Use(SqliteConnectionStrings.ReadOnly(path), readOnly: true, immutable: false);
            return applied;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteReadOnlyCode or SqliteCantOpenCode)
        {
            // A WAL database whose folder or mount cannot hold the -shm file: nothing can write it there either, so it is read as immutable.
            _logger.LogDebug(ex, "Read-only open of {Path} failed; reading it as immutable", path);
            var applied = await AppliedMigrations.ReadAsync(SqliteConnectionStrings.Immutable(path), readOnly: true, cancellationToken);
            connection.Use(SqliteConnectionStrings.Immutable(path), readOnly: true, immutable: true);
            return applied;
        }
    }

    private async Task<DatabaseReadiness> UpgradeAsync(string path, DatabaseAccess access, bool created, CancellationToken cancellationToken)
    {
        try
        {
            using var held = await MigrationLock.AcquireAsync(path, TimeSpan.FromSeconds(options.MigrationLockTimeoutSeconds), cancellationToken);
            var readWrite = SqliteConnectionStrings.ReadWrite(path);
            // Read again under the lock: another process may have upgraded the database while this one waited.
            var applied = await AppliedMigrations.ReadAsync(readWrite, readOnly: false, cancellationToken);
            var pending = ProgramMigrations.Ids.Where(id => !applied.Contains(id)).ToList();
            if (pending.Count == 0)
                return new DatabaseReadiness(created, [], null, access);
            var stale = await RemoveStaleLockAsync(readWrite, cancellationToken);
            if (stale is not null)
                _logger.LogWarning("Removed EF Core's migration lock on {Path}, taken at {Taken} by a process that stopped while upgrading the database", path, stale);
            await using (var db = new FacturationDbContext(FacturationDbContextOptions.For(readWrite)))
                await db.Database.MigrateAsync(cancellationToken);
            _logger.LogInformation("Database {Path} upgraded: {Migrations}", path, string.Join(", ", pending));
            return new DatabaseReadiness(created, pending, stale, access);
        }
        catch (Exception ex) when (access == DatabaseAccess.ReadOnly && DatabaseFailures.Recognise(ex, path) is
            { Kind: DatabaseFailureKind.ReadOnly or DatabaseFailureKind.PermissionDenied })
        {
            throw DatabaseFailures.Create(DatabaseFailureKind.SchemaOutdated, path, ex);
        }
    }

    private static async Task<string?> RemoveStaleLockAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var sqlite = new SqliteConnection(connectionString);
        await sqlite.OpenAsync(cancellationToken);
        await using (var pragmas = sqlite.CreateCommand())
        {
            pragmas.CommandText = SqlitePragmas.For(readOnly: false);
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
        }
        return await MigrationLock.RemoveStaleEfLockAsync(sqlite, cancellationToken);
    }

}
