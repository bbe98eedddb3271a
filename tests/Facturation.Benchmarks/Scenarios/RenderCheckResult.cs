namespace Facturation.Benchmarks.Scenarios;

/// <summary>What one render of each path printed, checked before the measured rounds.</summary>
/// <param name="ChromiumVersion">Browser version, as Playwright reports it.</param>
/// <param name="Choice">Which invoice is measured, and why.</param>
/// <param name="WarmPages">Pages of the warm renderer's PDF (pdfinfo).</param>
/// <param name="WarmBytes">Its size.</param>
/// <param name="PlainProductPages">Pages of the plain page's PDF with the product's options.</param>
/// <param name="PlainProductBytes">Its size.</param>
/// <param name="PlainMinimalPages">Pages of the plain page's PDF with minimal options.</param>
/// <param name="PlainMinimalBytes">Its size.</param>
/// <param name="ColdPages">Pages of the cold Chromium's PDF.</param>
/// <param name="ColdBytes">Its size.</param>
internal sealed record RenderCheckResult(
    string ChromiumVersion,
    RenderInvoiceChoice Choice,
    int WarmPages,
    int WarmBytes,
    int PlainProductPages,
    int PlainProductBytes,
    int PlainMinimalPages,
    int PlainMinimalBytes,
    int ColdPages,
    int ColdBytes);
