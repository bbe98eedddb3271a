using System.Globalization;
using System.Text.Unicode;
using Facturation.Sdk.Common;

namespace Facturation.Application.Common;

/// <summary>
/// Reads a file a person names (an import, a template, a logo, a font), safely: it must be a regular file — a device
/// (<c>/dev/zero</c> never ends), a fifo (blocks), a socket or a kernel file (<c>/proc</c>: size 0, content made on
/// read) is refused before it is opened — of at most a given size, and it is read with that bound, so a file that
/// grows while it is read is refused too. Problems name <c>field</c> (e.g. the option) and the rule.
/// </summary>
public static class InputFile
{
    /// <summary>Reads the whole file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">Largest size accepted.</param>
    /// <param name="field">What gave the path (an option, <c>file</c>), named in problems.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The bytes, or the problem: <c>file.not-found</c>, <c>file.not-regular</c>, <c>file.too-large</c>, <c>file.unreadable</c>.</returns>
    public static async Task<Outcome<byte[]>> ReadAsync(string path, long maxBytes, string field, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        var kind = PathKinds.Of(full);
        if (kind == PathKind.Missing)
            return Outcome<byte[]>.Failure("file.not-found", $"File '{full}' does not exist.", field);
        if (kind != PathKind.RegularFile)
            return Outcome<byte[]>.Failure("file.not-regular", $"'{full}' is {PathKinds.Describe(kind)}, not a regular file.", field);
        try
        {
            await using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            if (stream.Length > maxBytes)
                return TooLarge(full, stream.Length, maxBytes, field);
            var bytes = new byte[stream.Length];
            var read = await stream.ReadAtLeastAsync(bytes, bytes.Length, throwOnEndOfStream: false, cancellationToken);
            // One byte more than the size the file had when opened means it grows: refuse rather than read on.
            if (read == bytes.Length && await stream.ReadAsync(new byte[1], cancellationToken) > 0)
                return Outcome<byte[]>.Failure("file.changing", $"File '{full}' grew while it was read; read a copy that no program is writing.", field);
            return Outcome<byte[]>.Success(read == bytes.Length ? bytes : bytes[..read]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Outcome<byte[]>.Failure("file.unreadable", $"Cannot read '{full}': {e.Message}", field);
        }
    }

    /// <summary>Where the first byte that is not UTF-8 sits, or <see langword="null"/> when all of it is UTF-8.</summary>
    /// <param name="bytes">The content.</param>
    /// <returns>Its offset and line (from 1).</returns>
    public static (long Offset, int Line)? FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
            return null;
        var offset = 0;
        Span<char> chars = stackalloc char[1024];
        while (offset < bytes.Length)
        {
            var status = Utf8.ToUtf16(bytes[offset..], chars, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            if (status == System.Buffers.OperationStatus.InvalidData)
                return (offset + read, bytes[..(offset + read)].Count((byte)'\n') + 1);
            offset += read;
        }
        return null;
    }

    /// <summary>A size in words: 100 MB, 256 KB, 12 bytes.</summary>
    /// <param name="bytes">Size.</param>
    /// <returns>The words.</returns>
    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 when bytes % (1024 * 1024) == 0 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MB"),
        >= 1024 when bytes % 1024 == 0 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };

    private static Outcome<byte[]> TooLarge(string path, long length, long maxBytes, string field) =>
        Outcome<byte[]>.Failure("file.too-large", string.Create(CultureInfo.InvariantCulture, $"File '{path}' is {length} bytes; the limit is {Size(maxBytes)}."), field);
}
