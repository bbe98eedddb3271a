using Facturation.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Persistence.Opening;

/// <summary>
/// Creates a new database whole or not at all: the schema is built in a temporary file beside the target, which is
/// renamed into place only once complete. A disk full, a kill or a permission error part-way leaves no database
/// behind (and never the 0-byte file that later reads as "readonly"), so the next command starts again cleanly.
/// </summary>
internal static class DatabaseCreation
{
    private const string Suffix = ".creating";
    private static readonly TimeSpan Abandoned = TimeSpan.FromHours(1);

    /// <summary>Whether the file holds a database (exists and is not empty; an empty file is what an interrupted creation left).</summary>
    public static bool HoldsData(string path)
    {
        var file = new FileInfo(path);
        return file.Exists && (file.Length > 0 || new FileInfo(path + "-wal") is { Exists: true, Length: > 0 });
    }

    /// <summary>Creates the database at <paramref name="path"/>; <see langword="false"/> when another process created it first.</summary>
    public static async Task<bool> CreateAsync(string path, TimeProvider time, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        RemoveAbandoned(folder, Path.GetFileName(path), time.GetUtcNow());
        var temporary = $"{path}.{Guid.NewGuid():N}{Suffix}";
        try
        {
            await BuildSchemaAsync(temporary, cancellationToken);
            return Publish(temporary, path);
        }
        finally
        {
            DeleteWithCompanions(temporary);
        }
    }

    private static async Task BuildSchemaAsync(string temporary, CancellationToken cancellationToken)
    {
        // Unpooled: disposing the context closes the file, so SQLite checkpoints and removes the -wal and -shm files.
        await using var db = new FacturationDbContext(FacturationDbContextOptions.For(SqliteConnectionStrings.Unpooled(temporary)));
        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken);
    }

    private static bool Publish(string temporary, string path)
    {
        if (new FileInfo(temporary + "-wal") is { Exists: true, Length: > 0 })
            throw new InvalidOperationException($"The new database {temporary} kept a write-ahead log after it was closed; it was not put in place.");
        // An empty file at the target is what an interrupted creation left (before this class existed): replace it.
        if (new FileInfo(path) is { Exists: true, Length: 0 })
            DeleteWithCompanions(path);
        try
        {
            // Without overwrite, .NET links the new name (failing if it exists) then unlinks the old: two processes
            // creating the same database at once cannot replace each other's.
            File.Move(temporary, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }

    private static void RemoveAbandoned(string folder, string name, DateTimeOffset now)
    {
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles(name + ".*" + Suffix + "*"))
        {
            if (now - new DateTimeOffset(file.LastWriteTimeUtc) > Abandoned)
                TryDelete(file.FullName);
        }
    }

    private static void DeleteWithCompanions(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            TryDelete(path + suffix);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next creation to remove (it is named *.creating, never taken for the database).
        }
    }
}
