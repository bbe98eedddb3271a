using Facturation.Application.Interchange.Model;

namespace Facturation.Application.Interchange.Reading;

/// <summary>Opens an import file safely (exists, regular file, at most <see cref="InterchangeLimits.MaxFileBytes"/>) and reads it in its format.</summary>
internal static class InterchangeFileReader
{
    public static async Task<InterchangeContent> ReadAsync(ImportRequest request, ImportErrorList errors, CancellationToken cancellationToken)
    {
        var file = new FileInfo(request.FilePath);
        if (!file.Exists)
        {
            errors.File("file.not-found", $"File '{request.FilePath}' does not exist.");
            return new InterchangeContent();
        }
        if (file.Length > InterchangeLimits.MaxFileBytes)
        {
            errors.File("file.too-large", $"File '{request.FilePath}' is {file.Length} bytes; the limit is {InterchangeLimits.MaxFileBytes} bytes (100 MB): split it.");
            return new InterchangeContent();
        }
        var format = request.ResolveFormat();
        if (format is null)
        {
            errors.File("file.format-unknown", $"Cannot tell the format of '{request.FilePath}' from its extension: name it .json or .csv, or give the format.");
            return new InterchangeContent();
        }
        await using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        return format == ImportFormat.Json
            ? await JsonInterchangeReader.ReadAsync(stream, request.CompanyCode, errors, cancellationToken)
            : await CsvInterchangeReader.ReadAsync(stream, request.CompanyCode, errors, cancellationToken);
    }
}
