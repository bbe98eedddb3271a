using System.Globalization;
using Facturation.Benchmarks.Measuring;
using Facturation.Benchmarks.Running;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>Checks a printed PDF: every one starts with <c>%PDF</c>; a sample is counted in pages by poppler's pdfinfo.</summary>
internal static class RenderPdfCheck
{
    private const string PdfInfo = "/usr/bin/pdfinfo";

    /// <summary>Throws unless <paramref name="pdf"/> starts with <c>%PDF-</c>.</summary>
    public static void RequirePdf(ReadOnlySpan<byte> pdf, string what)
    {
        if (!pdf.StartsWith("%PDF-"u8))
            throw new BenchmarkAbortedException($"{what} did not return a PDF ({pdf.Length} bytes).");
    }

    /// <summary>Pages of <paramref name="pdf"/> according to pdfinfo.</summary>
    public static async Task<int> PagesAsync(byte[] pdf, string folder, CancellationToken cancellationToken)
    {
        if (!File.Exists(PdfInfo))
            throw new BenchmarkAbortedException($"{PdfInfo} is missing: install poppler-utils.");
        var file = Path.Combine(folder, $"check-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf, cancellationToken);
        try
        {
            var run = await ProcessTimer.RunAsync(PdfInfo, [file], cancellationToken);
            var line = run.StandardOutput.Split('\n').FirstOrDefault(l => l.StartsWith("Pages:", StringComparison.Ordinal));
            return run.ExitCode == 0 && line is not null
                && int.TryParse(line["Pages:".Length..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pages)
                ? pages
                : throw new BenchmarkAbortedException($"pdfinfo could not read a PDF (exit {run.ExitCode}): {run.StandardError.Trim()}");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
