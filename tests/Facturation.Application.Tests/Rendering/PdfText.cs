using System.Diagnostics;

namespace Facturation.Application.Tests.Rendering;

/// <summary>The text of a PDF's pages as poppler's pdftotext reads it (pages separated by form feeds).</summary>
internal static class PdfText
{
    public static async Task<IReadOnlyList<string>> PagesAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"facturation-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", "-layout", path, "-"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            }) ?? throw new InvalidOperationException("pdftotext did not start (Debian package poppler-utils).");
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
            var pages = text.Split('\f');
            return pages[^1].Trim().Length == 0 ? pages[..^1] : pages;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
