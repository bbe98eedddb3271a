using Facturation.Persistence.Sqlite;

namespace Facturation.Persistence;

/// <summary>
/// How this process opens the database file: read-write by default; the <see cref="DatabaseMigrator"/> switches it to
/// read-only (or read-only immutable) for a command that only reads, before the first context is created.
/// </summary>
/// <param name="location">The database file.</param>
public sealed class DatabaseConnection(DatabaseLocation location)
{
    /// <summary>The database file.</summary>
    public DatabaseLocation Location { get; } = location;

    /// <summary>The connection string every context uses.</summary>
    public string ConnectionString { get; private set; } = SqliteConnectionStrings.ReadWrite(location.Path);

    /// <summary>Whether connections are read-only.</summary>
    public bool ReadOnly { get; private set; }

    /// <summary>Whether connections are read-only and immutable (no lock, no -shm file).</summary>
    public bool Immutable { get; private set; }

    internal void Use(string connectionString, bool readOnly, bool immutable)
    {
        ConnectionString = connectionString;
        ReadOnly = readOnly;
        Immutable = immutable;
    }
}
