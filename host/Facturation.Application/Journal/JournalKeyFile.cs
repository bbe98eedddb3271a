using Facturation.Sdk.Common;

namespace Facturation.Application.Journal;

/// <summary>
/// A <see cref="JournalKey"/> on disk: exactly <see cref="JournalKey.Length"/> raw bytes, readable by its owner only.
/// Keep it away from the database folder and its backups: whoever holds both can forge a head.
/// </summary>
public static class JournalKeyFile
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates a new random key file (mode 0600 on Unix); never overwrites an existing file.</summary>
    /// <param name="path">Where to write it.</param>
    /// <returns>The key, or the problem (file exists, folder missing).</returns>
    public static Outcome<JournalKey> Create(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        if (File.Exists(full) || Directory.Exists(full))
            return Outcome<JournalKey>.Failure("key-file.exists", $"'{full}' already exists: a key file is never overwritten (heads signed with it would no longer verify).", "KeyFile");
        if (!Directory.Exists(Path.GetDirectoryName(full)))
            return Outcome<JournalKey>.Failure("key-file.folder-missing", $"The folder of '{full}' does not exist.", "KeyFile");
        var key = JournalKey.Generate();
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = OwnerOnly;
        using (var stream = new FileStream(full, options))
            key.WriteTo(stream);
        return Outcome<JournalKey>.Success(key);
    }

    /// <summary>Reads a key file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The key, or the problem (missing, wrong length).</returns>
    public static Outcome<JournalKey> Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
            return Outcome<JournalKey>.Failure("key-file.missing", $"Key file '{full}' does not exist.", "KeyFile");
        var info = new FileInfo(full);
        // A wrong file (a head file, a database) is refused by its length without being read.
        var bytes = info.Length == JournalKey.Length ? File.ReadAllBytes(full) : [];
        return JournalKey.FromBytes(bytes) is { } key
            ? Outcome<JournalKey>.Success(key)
            : Outcome<JournalKey>.Failure("key-file.invalid",
                $"Key file '{full}' holds {info.Length} bytes; a journal key file holds exactly {JournalKey.Length} random bytes (create one with 'journal init-key').", "KeyFile");
    }

    /// <summary>Whether others than the owner may read the file (Unix permissions), so the caller can warn.</summary>
    /// <param name="path">The key file.</param>
    /// <returns><see langword="true"/> when group or others have any access.</returns>
    public static bool IsExposed(string path) =>
        !OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & ~(OwnerOnly | UnixFileMode.UserExecute)) != 0;
}
