using System.Text;
using Facturation.Application.Interchange;

namespace Facturation.Application.Tests.Interchange;

/// <summary>Real files in the test app's temp folder, imported and exported through the services.</summary>
internal static class InterchangeFiles
{
    public static async Task<string> WriteAsync(TestApp app, string name, string content)
    {
        var path = Path.Combine(app.Folder, name);
        await File.WriteAllTextAsync(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    public static async Task<ImportReport> ImportAsync(TestApp app, string path, bool issue = false, string? company = null) =>
        await app.Get<ImportService>().ImportAsync(new ImportRequest { FilePath = path, Issue = issue, CompanyCode = company }, default);

    public static async Task<ImportReport> ImportTextAsync(TestApp app, string name, string content, bool issue = false, string? company = null) =>
        await ImportAsync(app, await WriteAsync(app, name, content), issue, company);

    public static async Task<byte[]> ExportAsync(TestApp app, string? company = null)
    {
        using var buffer = new MemoryStream();
        (await app.Get<ExportService>().ExportJsonAsync(buffer, company, default)).GetValueOrThrow();
        return buffer.ToArray();
    }

    /// <summary>The errors as (record, field, code), the parts a test asserts.</summary>
    public static (string Record, string? Field, string Code)[] Errors(ImportReport report) =>
        report.Errors.Select(e => (e.Record, e.Field, e.Code)).ToArray();

    public static (int Created, int Skipped) Count(ImportReport report, string kind) =>
        report.Counts.Where(c => c.Kind == kind).Select(c => (c.Created, c.Skipped)).Single();
}
