using Facturation.Application.Common;

namespace Facturation.Host.Cli.Common;

/// <summary>Reads a file given with an option (<c>--file</c>, <c>--logo</c> ...) by <see cref="InputFile"/>'s rules; a refusal names the option.</summary>
internal static class OptionFile
{
    /// <summary>The file's bytes, or the message naming the option and the rule (a bad argument, exit code 2).</summary>
    /// <param name="option">The option, e.g. <c>--file</c>.</param>
    /// <param name="file">The file given.</param>
    /// <param name="maxBytes">Largest size accepted.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The bytes or the message.</returns>
    public static async Task<(byte[]? Bytes, string? Error)> ReadAsync(string option, FileInfo file, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var read = await InputFile.ReadAsync(file.FullName, maxBytes, option, cancellationToken);
        return read.Succeeded ? (read.Value, null) : (null, $"Option '{option}': {read.Problems[0].Message}");
    }

    /// <summary>The file as UTF-8 text (a byte-order mark is dropped), or the message naming the option.</summary>
    /// <param name="option">The option.</param>
    /// <param name="file">The file given.</param>
    /// <param name="maxBytes">Largest size accepted.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The text or the message.</returns>
    public static async Task<(string? Text, string? Error)> ReadTextAsync(string option, FileInfo file, long maxBytes, CancellationToken cancellationToken)
    {
        var (bytes, error) = await ReadAsync(option, file, maxBytes, cancellationToken);
        if (bytes is null)
            return (null, error);
        if (InputFile.FirstInvalidUtf8(bytes) is { } invalid)
            return (null, $"Option '{option}': '{file.FullName}' is not UTF-8 text (line {invalid.Line}, byte {invalid.Offset}).");
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        return (text.StartsWith('\uFEFF') ? text[1..] : text, null);
    }
}
