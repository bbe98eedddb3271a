namespace Facturation.Persistence;

/// <summary>Why the database could not be used: the real cause, told to the user in one line.</summary>
public enum DatabaseFailureKind
{
    /// <summary>No space left on the device (SQLITE_FULL, ENOSPC, or a file-size limit).</summary>
    DiskFull,

    /// <summary>The file, its folder or its mount is read-only and the command writes.</summary>
    ReadOnly,

    /// <summary>The process may not read or write the file or its folder.</summary>
    PermissionDenied,

    /// <summary>The file is not a SQLite database (SQLITE_NOTADB).</summary>
    NotADatabase,

    /// <summary>The database is damaged (SQLITE_CORRUPT) or fails its integrity check.</summary>
    Corrupt,

    /// <summary>Another process held the database (or its migration lock) longer than the timeout.</summary>
    Locked,

    /// <summary>The schema is older than this program and cannot be upgraded (read-only storage).</summary>
    SchemaOutdated,

    /// <summary>Any other input/output error of the storage.</summary>
    IoError,
}
