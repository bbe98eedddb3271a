namespace Facturation.Persistence;

/// <summary>What a command does with the database: read-only commands open it read-only, so a database on read-only storage still lists and verifies.</summary>
public enum DatabaseAccess
{
    /// <summary>Reads and writes (the default; brings the schema up to date when migrations are pending).</summary>
    ReadWrite,

    /// <summary>Only reads: the file is opened read-only (immutable when its folder cannot even hold SQLite's shared-memory file).</summary>
    ReadOnly,
}
