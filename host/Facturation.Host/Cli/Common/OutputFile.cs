using Facturation.Application.Common;
using Facturation.Sdk.Common;

namespace Facturation.Host.Cli.Common;

/// <summary>
/// The one way a command writes a file a person names with an option (<c>render</c>, <c>template preview</c>,
/// <c>export json|fec</c>, <c>einvoice</c>, <c>journal export-head</c>). Two steps:
/// <list type="number">
/// <item><see cref="Check"/>, before any work: the target must be a regular file (replaced), a new file in an existing
/// folder, or, for a command that names the file itself, a folder. Anything else (a device such as <c>/dev/full</c>,
/// a kernel file such as <c>/proc/version</c>, a fifo, a socket, a missing folder) is a bad argument naming the
/// option: print it with <see cref="ProblemPrinter.BadArgument"/> (exit code 2).</item>
/// <item><see cref="WriteAsync(OutputTarget, ReadOnlyMemory{byte}, CancellationToken)"/>: whole or not at all
/// (<see cref="AtomicFile"/>). An I/O error (disk full, permission) comes back as one problem naming the file and the
/// cause: print it with <see cref="ProblemPrinter.Refused"/> (exit code 1); nothing is left behind.</item>
/// </list>
/// <code>
/// if (OutputFile.Check("--out", path, folderAllowed: false) is { Error: { } error }) return ProblemPrinter.BadArgument(error);
/// ... if (await OutputFile.WriteAsync(target, bytes, cancellationToken) is { } failed) return ProblemPrinter.Refused([failed], json);
/// </code>
/// </summary>
internal static class OutputFile
{
    /// <summary>Problem code of a write that failed.</summary>
    public const string WriteFailed = "output.write-failed";

    /// <summary>Checks a target given with <paramref name="option"/>.</summary>
    /// <param name="option">The option, e.g. <c>--out</c>, named in the message.</param>
    /// <param name="path">The path given.</param>
    /// <param name="folderAllowed">Whether a folder may be given (the command then names the file in it).</param>
    /// <returns>The target, or the message naming the option and the rule.</returns>
    public static (OutputTarget? Target, string? Error) Check(string option, string path, bool folderAllowed)
    {
        var full = Path.GetFullPath(path);
        var kind = PathKinds.Of(full);
        switch (kind)
        {
            case PathKind.RegularFile:
                // A link is followed: the file it points to is replaced, not the link.
                return (new OutputTarget(option, File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full, false), null);
            case PathKind.Folder when folderAllowed:
                return (new OutputTarget(option, full, true), null);
            case PathKind.Folder:
                return (null, $"Option '{option}': '{full}' is a folder; give the file to write.");
            case PathKind.Missing:
                var folder = Path.GetDirectoryName(full)!;
                return PathKinds.Of(folder) switch
                {
                    PathKind.Folder => (new OutputTarget(option, full, false), null),
                    PathKind.Missing => (null, $"Option '{option}': folder '{folder}' does not exist."),
                    var other => (null, $"Option '{option}': '{folder}' is {PathKinds.Describe(other)}, not a folder to write '{Path.GetFileName(full)}' in."),
                };
            default:
                return (null, $"Option '{option}': '{full}' is {PathKinds.Describe(kind)}, not a regular file{(folderAllowed ? " or folder" : "")}.");
        }
    }

    /// <summary>Checks a folder given with <paramref name="option"/>, for a command that names the file it writes there.</summary>
    /// <param name="option">The option, named in the message.</param>
    /// <param name="path">The path given.</param>
    /// <returns>The folder target, or the message naming the option and the rule.</returns>
    public static (OutputTarget? Target, string? Error) CheckFolder(string option, string path)
    {
        var full = Path.GetFullPath(path);
        return PathKinds.Of(full) switch
        {
            PathKind.Folder => (new OutputTarget(option, full, true), null),
            PathKind.Missing => (null, $"Option '{option}': folder '{full}' does not exist."),
            var other => (null, $"Option '{option}': '{full}' is {PathKinds.Describe(other)}, not a folder."),
        };
    }

    /// <summary>Writes <paramref name="content"/> to the target (a file target; see <see cref="OutputTarget.File"/> for a folder).</summary>
    /// <param name="target">Checked target.</param>
    /// <param name="content">Bytes.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns><see langword="null"/> when written, else the problem.</returns>
    public static Task<Problem?> WriteAsync(OutputTarget target, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        WriteAsync(target, async (stream, token) =>
        {
            await stream.WriteAsync(content, token);
            return true;
        }, cancellationToken);

    /// <summary>Lets <paramref name="write"/> fill the target; it is kept only when <paramref name="write"/> returns true.</summary>
    /// <param name="target">Checked file target.</param>
    /// <param name="write">Writes the content; false discards it.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns><see langword="null"/> when written or discarded, else the problem.</returns>
    public static async Task<Problem?> WriteAsync(OutputTarget target, Func<Stream, CancellationToken, Task<bool>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        return await Guard(target, () => AtomicFile.WriteAsync(target.Path, write, cancellationToken));
    }

    /// <summary>Runs a write done elsewhere (e.g. by an application service) and turns its I/O error into a problem.</summary>
    /// <typeparam name="T">What the write returns.</typeparam>
    /// <param name="target">Checked target (named in the message).</param>
    /// <param name="write">The write.</param>
    /// <returns>Its result, or the problem.</returns>
    public static async Task<(T? Value, Problem? Failed)> GuardAsync<T>(OutputTarget target, Func<Task<T>> write)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(write);
        T? value = default;
        var failed = await Guard(target, async () => value = await write());
        return (value, failed);
    }

    private static async Task<Problem?> Guard(OutputTarget target, Func<Task> write)
    {
        try
        {
            await write();
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // .NET names the hidden temporary file in its message; the person knows the target.
            return new Problem(WriteFailed, $"Cannot write '{target.Path}': {Cause(e)}. Nothing was written.", target.Option);
        }
    }

    private static string Cause(Exception e)
    {
        var message = e.Message;
        var path = message.IndexOf(" : '", StringComparison.Ordinal);
        return (path > 0 ? message[..path] : message).TrimEnd('.', ' ');
    }
}
