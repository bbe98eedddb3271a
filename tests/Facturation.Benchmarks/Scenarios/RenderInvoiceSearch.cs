using System.Diagnostics;
using Facturation.Application.Rendering;
using Facturation.Benchmarks.Running;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// Issues the 10-line invoice and prints it with the warm renderer; while it takes more than one page, issues one line
/// shorter and prints again, down to 3 lines. The goal is about one-page invoices, so that is what is measured.
/// </summary>
internal static class RenderInvoiceSearch
{
    public static async Task<RenderInvoiceChoice> RunAsync(IssuingApp app, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        await RenderSeed.CreatePartiesAsync(app, cancellationToken);
        var lines = RenderSeed.RequestedLines;
        var requested = await RenderSeed.IssueAsync(app, lines, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var pdf = await WarmPdfAsync(app, requested, cancellationToken);
        var firstMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var requestedPages = await RenderPdfCheck.PagesAsync(pdf, app.Folder, cancellationToken);

        var number = requested;
        var pages = requestedPages;
        while (pages > 1)
        {
            if (lines == RenderSeed.MinimumLines)
                throw new BenchmarkAbortedException($"Even a {lines}-line invoice prints on {pages} pages.");
            lines--;
            number = await RenderSeed.IssueAsync(app, lines, cancellationToken);
            pages = await RenderPdfCheck.PagesAsync(await WarmPdfAsync(app, number, cancellationToken), app.Folder, cancellationToken);
        }
        return new RenderInvoiceChoice(requested, requestedPages, number, lines, firstMs);
    }

    /// <summary>The invoice printed by DocumentRenderService; throws unless it is a PDF that asked for no URL.</summary>
    public static async Task<byte[]> WarmPdfAsync(IssuingApp app, string number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        var result = await app.Get<DocumentRenderService>().RenderAsync(new RenderInput(RenderSeed.CompanyCode, number, RenderFormat.Pdf), cancellationToken);
        if (!result.Succeeded)
            throw new BenchmarkAbortedException($"DocumentRenderService (PDF) failed: {string.Join("; ", result.Problems)}");
        RenderPdfCheck.RequirePdf(result.Value!.Content, "DocumentRenderService (PDF)");
        if (result.Value.BlockedUrls.Count > 0)
            throw new BenchmarkAbortedException($"The invoice asked for URLs: {string.Join(", ", result.Value.BlockedUrls)}");
        return result.Value.Content;
    }
}
