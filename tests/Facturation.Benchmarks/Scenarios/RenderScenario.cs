using System.Globalization;
using Facturation.Benchmarks.Reporting;
using Facturation.Benchmarks.Running;
using Facturation.Rendering.Pdf;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// Rendering: HTML renders per second (HtmlRenderer alone and DocumentRenderService end to end, 1 and 2 workers),
/// goal 5,000/s; PDFs per second through DocumentRenderService with the warm browser at 1, 2 and 4 callers, goal
/// 20 one-page invoices/s. Baselines measured in the same run: one cold <c>chromium --print-to-pdf</c> per document,
/// and a plain warm Playwright page (SetContentAsync + PdfAsync, JavaScript off, one page reused).
/// </summary>
internal sealed class RenderScenario : IBenchmarkScenario
{
    /// <summary>PDFs per PDF case and round: 12 makes three full waves at 4 callers.</summary>
    public const int PdfRendersPerRound = 12;

    public string Name => "render";

    public string Description => "HTML and PDF renders/s (warm browser, 1/2/4 callers) against a plain Playwright page and cold chromium --print-to-pdf";

    public async Task<BenchmarkReport> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.Options;
        var chromium = ChromiumOptions.DefaultExecutablePath;
        if (!File.Exists(chromium))
            throw new BenchmarkAbortedException($"Chromium is not installed at {chromium}.");
        var counts = new RenderCounts(options.Invoices, Math.Max(50, options.Invoices / 4), PdfRendersPerRound, chromium);
        await context.Progress.WriteLineAsync(Invariant(
            $"render: per round {counts.Html} renders per HTML case, {counts.Pdf} per PDF case, 1 cold Chromium; {options.Warmups} warm-up round(s), {options.Runs} measured round(s)"));

        await using var app = await IssuingApp.StartAsync(cancellationToken);
        var choice = await RenderInvoiceSearch.RunAsync(app, cancellationToken);
        await context.Progress.WriteLineAsync(Invariant(
            $"  the {RenderSeed.RequestedLines}-line invoice prints on {choice.RequestedPages} page(s); measuring the {choice.Lines}-line invoice {choice.Number}"));
        var fixture = await RenderSeed.PrepareAsync(app, choice.Number, choice.Lines, cancellationToken);
        var htmlFile = Path.Combine(app.Folder, "invoice.html");
        await File.WriteAllTextAsync(htmlFile, fixture.Html, cancellationToken);
        // The product prints with Debian's headless shell when installed; the plain page uses the same executable, so
        // their ratio is about the product's own work. The cold baseline stays the full browser's --print-to-pdf.
        var printer = new ChromiumOptions().ResolvedExecutablePath;
        await context.Progress.WriteLineAsync($"  warm printer (product and plain page): {printer}; cold baseline: {chromium}");
        await using var plainPage = await RenderPlainPage.StartAsync(printer, fixture.Language.Code);
        var checks = await RenderChecks.RunAsync(app, fixture, plainPage, htmlFile, chromium, choice, cancellationToken);
        await context.Progress.WriteLineAsync(Invariant(
            $"  invoice {fixture.Number}: HTML {fixture.HtmlBytes} bytes; PDF {checks.WarmBytes} bytes, {checks.WarmPages} page; first PDF {choice.FirstWarmPdfMs:0} ms"));

        var rounds = new RenderRounds(app, fixture, plainPage, htmlFile, counts, choice);
        var discarded = new RenderSamples();
        for (var i = 0; i < options.Warmups; i++)
        {
            var round = i + 1;
            await rounds.RunAsync(discarded, text => context.Progress.WriteLine(Invariant($"  warm-up {round}/{options.Warmups}: {text}")), cancellationToken);
        }
        var samples = new RenderSamples();
        for (var i = 0; i < options.Runs; i++)
        {
            var round = i + 1;
            await rounds.RunAsync(samples, text => context.Progress.WriteLine(Invariant($"  round {round}/{options.Runs}: {text}")), cancellationToken);
        }
        return RenderReport.Create(context, samples, checks, counts, fixture);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
