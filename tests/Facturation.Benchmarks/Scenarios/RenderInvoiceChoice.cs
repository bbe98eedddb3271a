namespace Facturation.Benchmarks.Scenarios;

/// <summary>Which invoice the scenario measures: the 10-line one asked for, or the longest that prints on one page.</summary>
/// <param name="RequestedNumber">The 10-line invoice.</param>
/// <param name="RequestedPages">Its pages, printed by the warm renderer (pdfinfo).</param>
/// <param name="Number">The invoice measured: the first of 10, 9, 8 ... lines that prints on one page.</param>
/// <param name="Lines">Its lines.</param>
/// <param name="FirstWarmPdfMs">The renderer's very first PDF (Playwright driver and browser start, context, page).</param>
internal sealed record RenderInvoiceChoice(string RequestedNumber, int RequestedPages, string Number, int Lines, double FirstWarmPdfMs);
