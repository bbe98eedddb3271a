using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Facturation.Persistence.Sqlite;

/// <summary>
/// Sets every SQLite connection up for durable, concurrent use: a busy timeout first (so that even the journal-mode
/// switch waits for another process instead of failing with "database is locked"), WAL journal, <c>synchronous=FULL</c>
/// (a commit reaches the disk before the caller is told its number) and foreign keys on. A read-only connection
/// leaves the journal mode as the file has it (switching it would be a write).
/// </summary>
/// <param name="readOnly">Whether the connection is read-only.</param>
public sealed class SqlitePragmas(bool readOnly = false) : DbConnectionInterceptor
{
    /// <summary>How long a statement waits for another process's lock before SQLite gives up (milliseconds).</summary>
    public const int BusyTimeoutMilliseconds = 30_000;

    private const string Shared = "PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";
    private const string Writable = Shared + " PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;";

    /// <summary>The pragmas of a connection.</summary>
    /// <param name="readOnly">Whether the connection is read-only.</param>
    /// <returns>The statements.</returns>
    public static string For(bool readOnly) => readOnly ? Shared : Writable;

    /// <inheritdoc />
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = For(readOnly);
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = For(readOnly);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
