using System.Diagnostics;
using System.Globalization;

namespace Facturation.Application.Tests.EInvoicing;

/// <summary>
/// A Factur-X PDF as independent tools see it: poppler's <c>pdfdetach</c> (attachments listed and the first one
/// saved), <c>qpdf --check</c>, <c>pdfinfo</c> (page count) and <c>pdftotext -layout</c>.
/// </summary>
internal sealed record FacturXInspection(
    string AttachmentList, byte[] FirstAttachment, int QpdfExitCode, string QpdfOutput, int Pages, string Text)
{
    public static async Task<FacturXInspection> OfAsync(byte[] pdf)
    {
        var folder = Directory.CreateTempSubdirectory("facturation-facturx-");
        try
        {
            var path = Path.Combine(folder.FullName, "invoice.pdf");
            await File.WriteAllBytesAsync(path, pdf);
            var list = await RunAsync("pdfdetach", "-list", path);
            var saved = Path.Combine(folder.FullName, "attachment.xml");
            var save = await RunAsync("pdfdetach", "-save", "1", "-o", saved, path);
            var check = await RunAsync("qpdf", "--check", path);
            var info = await RunAsync("pdfinfo", path);
            var text = await RunAsync("pdftotext", "-enc", "UTF-8", "-layout", path, "-");
            Assert.True(list.ExitCode == 0, "pdfdetach -list: " + list.Error);
            Assert.True(info.ExitCode == 0, "pdfinfo: " + info.Error);
            Assert.True(text.ExitCode == 0, "pdftotext: " + text.Error);
            return new FacturXInspection(
                list.Output,
                save.ExitCode == 0 && File.Exists(saved) ? await File.ReadAllBytesAsync(saved) : [],
                check.ExitCode,
                check.Output + check.Error,
                PagesOf(info.Output),
                text.Output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The text with every run of spaces (pdftotext's column padding, no-break spaces) made one space.</summary>
    public static string Flat(string text) =>
        string.Join(' ', text.Split([' ', '\n', '\r', '\f', '\u00a0', '\u202f'], StringSplitOptions.RemoveEmptyEntries));

    private static int PagesOf(string pdfinfo)
    {
        var line = pdfinfo.Split('\n').FirstOrDefault(l => l.StartsWith("Pages:", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("pdfinfo printed no page count: " + pdfinfo);
        return int.Parse(line["Pages:".Length..].Trim(), CultureInfo.InvariantCulture);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string tool, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException($"{tool} did not start (Debian packages poppler-utils, qpdf).");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
