namespace Facturation.Benchmarks.Scenarios;

/// <summary>One print of the plain Playwright page, split in its two calls.</summary>
/// <param name="Pdf">The PDF.</param>
/// <param name="SetContentMs">SetContentAsync (load the HTML, wait for the load event).</param>
/// <param name="PrintMs">PdfAsync (layout for print and PDF generation).</param>
internal sealed record RenderPlainPrint(byte[] Pdf, double SetContentMs, double PrintMs);
