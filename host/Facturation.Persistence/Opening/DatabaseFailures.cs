using Microsoft.Data.Sqlite;

namespace Facturation.Persistence.Opening;

/// <summary>
/// Recognises, in an exception from SQLite or the file system, a cause outside the program and says it in one line
/// naming the database: disk full, read-only storage, permission, not a database, corruption, a lock held too long.
/// </summary>
public static class DatabaseFailures
{
    // SQLite primary result codes (https://www.sqlite.org/rescode.html).
    private const int SqlitePerm = 3;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqliteAuth = 23;
    private const int SqliteNotADatabase = 26;

    // Linux errno values .NET reports as the HResult of an IOException it cannot map to a more specific type.
    private const int FileTooLarge = 27;
    private const int NoSpace = 28;
    private const int ReadOnlyFileSystem = 30;
    private const int QuotaExceeded = 122;

    /// <summary>The failure <paramref name="exception"/> (or one of its inner exceptions) shows, or <see langword="null"/> when it is not a storage problem.</summary>
    /// <param name="exception">What was thrown.</param>
    /// <param name="databasePath">The database file, named in the message.</param>
    /// <returns>The failure, or <see langword="null"/>.</returns>
    public static DatabaseFailureException? Recognise(Exception exception, string databasePath)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            var failure = current switch
            {
                DatabaseFailureException known => known,
                SqliteException sqlite => FromSqlite(sqlite, databasePath),
                UnauthorizedAccessException access => Create(DatabaseFailureKind.PermissionDenied, databasePath, access),
                IOException io => FromIo(io, databasePath),
                _ => null,
            };
            if (failure is not null)
                return failure;
        }
        return null;
    }

    /// <summary>The one-line message of a cause.</summary>
    /// <param name="kind">The cause.</param>
    /// <param name="databasePath">The database file.</param>
    /// <param name="detail">What SQLite or the system said.</param>
    /// <returns>The failure.</returns>
    public static DatabaseFailureException Create(DatabaseFailureKind kind, string databasePath, Exception? detail = null)
    {
        var said = detail is null ? "" : $" ({FirstLine(detail.Message)})";
        var message = kind switch
        {
            DatabaseFailureKind.DiskFull =>
                $"Disk full: the database {databasePath} could not be written{said}. Free some space and run the command again; the interrupted change was not saved.",
            DatabaseFailureKind.ReadOnly =>
                $"The database {databasePath} is read-only (the file, its folder or its mount){said}, and this command writes. Make it writable, or use a command that only reads (list, show, journal verify).",
            DatabaseFailureKind.PermissionDenied =>
                $"Permission denied on the database {databasePath} or its folder{said}. Run as the user who owns it, or fix its permissions.",
            DatabaseFailureKind.NotADatabase =>
                $"{databasePath} is not a SQLite database{said}. Check Database:Path and FACTURATION_DATA, or restore the file from a backup.",
            DatabaseFailureKind.Corrupt =>
                $"The database {databasePath} is corrupt{said}. Restore it from a backup; 'facturation journal verify' lists what can still be read.",
            DatabaseFailureKind.Locked =>
                $"The database {databasePath} stayed locked by another process for too long{said}. Run the command again once the other process has finished.",
            DatabaseFailureKind.SchemaOutdated =>
                $"The database {databasePath} needs an upgrade but cannot be written{said}. Open it once with write access to upgrade it.",
            _ => $"The database {databasePath} could not be read or written{said}. Check the disk and the file.",
        };
        return new DatabaseFailureException(kind, message, detail);
    }

    private static DatabaseFailureException? FromSqlite(SqliteException exception, string path) => exception.SqliteErrorCode switch
    {
        SqliteFull => Create(DatabaseFailureKind.DiskFull, path, exception),
        SqliteReadOnly => Create(DatabaseFailureKind.ReadOnly, path, exception),
        SqlitePerm or SqliteAuth => Create(DatabaseFailureKind.PermissionDenied, path, exception),
        SqliteNotADatabase => Create(DatabaseFailureKind.NotADatabase, path, exception),
        SqliteCorrupt => Create(DatabaseFailureKind.Corrupt, path, exception),
        SqliteBusy or SqliteLocked => Create(DatabaseFailureKind.Locked, path, exception),
        SqliteCantOpen => Create(CannotOpen(path), path, exception),
        // SQLite reports a failed write as a generic I/O error; a device with no room left says what it was.
        SqliteIoError => Create(NoRoomLeft(path) ? DatabaseFailureKind.DiskFull : DatabaseFailureKind.IoError, path, exception),
        _ => null,
    };

    private static DatabaseFailureException? FromIo(IOException exception, string path) => exception.HResult switch
    {
        NoSpace or FileTooLarge or QuotaExceeded => Create(DatabaseFailureKind.DiskFull, path, exception),
        ReadOnlyFileSystem => Create(DatabaseFailureKind.ReadOnly, path, exception),
        _ when exception is DirectoryNotFoundException or FileNotFoundException => null,
        _ => NoRoomLeft(path) ? Create(DatabaseFailureKind.DiskFull, path, exception) : null,
    };

    // SQLITE_CANTOPEN says only that the file could not be opened: the folder tells whether it was permission.
    private static DatabaseFailureKind CannotOpen(string path)
    {
        var folder = Path.GetDirectoryName(path);
        if (folder is not null && !Directory.Exists(folder))
            return DatabaseFailureKind.IoError;
        return File.Exists(path) && !CanOpen(path, FileAccess.Read) ? DatabaseFailureKind.PermissionDenied : DatabaseFailureKind.ReadOnly;
    }

    private static bool CanOpen(string path, FileAccess access)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, access, FileShare.ReadWrite | FileShare.Delete);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool NoRoomLeft(string path)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? "/";
            // Less than one SQLite page (4 KiB) free: nothing more can be written.
            return Directory.Exists(folder) && new DriveInfo(folder).AvailableFreeSpace < 4096;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return (end < 0 ? text : text[..end]).Trim().TrimEnd('.');
    }
}
