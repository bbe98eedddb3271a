using Facturation.Application.Common;
using Facturation.Application.Interchange.Model;

namespace Facturation.Application.Interchange.Reading;

/// <summary>
/// Opens an import file safely — a regular file (not a device such as <c>/dev/zero</c>, a fifo or a <c>/proc</c>
/// file) of at most <see cref="InterchangeLimits.MaxFileBytes"/>, read with that bound, all of it UTF-8 — and reads it
/// in its format.
/// </summary>
internal static class InterchangeFileReader
{
    public static async Task<InterchangeContent> ReadAsync(ImportRequest request, ImportErrorList errors, CancellationToken cancellationToken)
    {
        var format = request.ResolveFormat();
        if (format is null)
        {
            errors.File("file.format-unknown", $"Cannot tell the format of '{request.FilePath}' from its extension: name it .json or .csv, or give the format.");
            return new InterchangeContent();
        }
        var read = await InputFile.ReadAsync(request.FilePath, InterchangeLimits.MaxFileBytes, "file", cancellationToken);
        if (!read.Succeeded)
        {
            var problem = read.Problems[0];
            errors.File(problem.Code, problem.Code == "file.too-large" ? problem.Message + " Split it (see docs/import-format.md)." : problem.Message);
            return new InterchangeContent();
        }
        var bytes = read.Value!;
        // Checked once for the whole file: a reader then never meets a byte it cannot turn into text.
        if (InputFile.FirstInvalidUtf8(bytes) is { } invalid)
        {
            errors.File("file.encoding", $"The file is not valid UTF-8: byte {invalid.Offset} is not part of a UTF-8 character.", invalid.Line);
            return new InterchangeContent();
        }
        var content = bytes.AsMemory(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0);
        return format == ImportFormat.Json
            ? JsonInterchangeReader.Read(content, request.CompanyCode, errors)
            : CsvInterchangeReader.Read(content, request.CompanyCode, errors);
    }
}
