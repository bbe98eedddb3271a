namespace Facturation.Application.Common;

/// <summary>
/// Writes a file whole or not at all: into a new hidden file beside the target, flushed to the disk, then renamed over
/// the target. When anything fails (disk full, permission, a writer that throws or declines) the hidden file is
/// removed and the target is as it was. Check what the target is first (<see cref="PathKinds"/>): a rename replaces
/// a device or a fifo by a regular file.
/// </summary>
public static class AtomicFile
{
    // Room for the dot, the random part and ".tmp" within the usual 255-byte name limit.
    private const int MaxNamePart = 100;

    /// <summary>Writes <paramref name="content"/> to <paramref name="target"/>.</summary>
    /// <param name="target">The file to create or replace; its folder must exist.</param>
    /// <param name="content">The bytes.</param>
    /// <param name="cancellationToken">Cancels (nothing is left behind).</param>
    /// <returns>A task.</returns>
    public static Task WriteAsync(string target, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        WriteAsync(target, async (stream, token) =>
        {
            await stream.WriteAsync(content, token);
            return true;
        }, cancellationToken);

    /// <summary>Lets <paramref name="write"/> fill the file; it is kept only when <paramref name="write"/> returns true.</summary>
    /// <param name="target">The file to create or replace; its folder must exist.</param>
    /// <param name="write">Writes the content; returns false to discard it (e.g. the use case was refused).</param>
    /// <param name="cancellationToken">Cancels (nothing is left behind).</param>
    /// <returns>Whether the file was written.</returns>
    public static async Task<bool> WriteAsync(string target, Func<Stream, CancellationToken, Task<bool>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(target);
        var name = Path.GetFileName(full);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{name[..Math.Min(name.Length, MaxNamePart)]}.{Guid.NewGuid():N}.tmp");
        var keep = false;
        try
        {
            var options = new FileStreamOptions
            {
                Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 1 << 16, Options = FileOptions.Asynchronous,
            };
            await using (var stream = new FileStream(temporary, options))
            {
                keep = await write(stream, cancellationToken);
                if (keep)
                {
                    await stream.FlushAsync(cancellationToken);
                    // On the disk before the rename, so a crash leaves the old file or the new one, never an empty one.
                    stream.Flush(flushToDisk: true);
                }
            }
            if (keep)
                File.Move(temporary, full, overwrite: true);
            return keep;
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }
}
