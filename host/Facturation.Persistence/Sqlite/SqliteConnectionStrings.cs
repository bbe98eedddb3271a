using Microsoft.Data.Sqlite;

namespace Facturation.Persistence.Sqlite;

/// <summary>
/// The connection strings of the database file: read-write, read-only, and read-only immutable. Each gives
/// Microsoft.Data.Sqlite's own commands (BEGIN IMMEDIATE of a transaction among them) <see cref="BusyRetrySeconds"/>
/// to get through another process's lock: with many processes issuing at once, a process may wait for several
/// others' transactions before its own starts, and that wait must not end in "database is locked".
/// </summary>
public static class SqliteConnectionStrings
{
    /// <summary>How long Microsoft.Data.Sqlite retries a statement that finds the database busy (seconds); EF Core's command timeout is the same.</summary>
    public const int BusyRetrySeconds = 120;

    /// <summary>Read-write (created when missing), pooled.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The connection string.</returns>
    public static string ReadWrite(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = BusyRetrySeconds }.ToString();

    /// <summary>Read-only, pooled: the file is never written (SQLite may still create its -shm file beside a WAL database).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The connection string.</returns>
    public static string ReadOnly(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = true, DefaultTimeout = BusyRetrySeconds }.ToString();

    /// <summary>
    /// Read-only and immutable (SQLite's <c>immutable=1</c> URI parameter): no lock and no -shm file, for a WAL database
    /// in a folder or on a mount that cannot hold one. Only used when nothing can write there, so nothing changes
    /// under the reader (https://www.sqlite.org/uri.html#uriimmutable).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <returns>The connection string.</returns>
    public static string Immutable(string path) =>
        new SqliteConnectionStringBuilder { DataSource = new Uri(Path.GetFullPath(path)).AbsoluteUri + "?immutable=1", Mode = SqliteOpenMode.ReadOnly, Pooling = true, DefaultTimeout = BusyRetrySeconds }.ToString();

    /// <summary>Read-write without pooling: closing the connection closes the file, so WAL files are removed (database creation).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The connection string.</returns>
    public static string Unpooled(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, DefaultTimeout = BusyRetrySeconds }.ToString();
}
