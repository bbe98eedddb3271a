using Facturation.Application.Rendering;
using Facturation.Benchmarks.Running;
using Facturation.Rendering.Html;
using Facturation.Sdk.Templates;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// Before anything is measured: HtmlRenderer on the prepared view gives the very page the service gives; one PDF of
/// each path is a PDF, and the warm renderer's invoice is one page (pdfinfo), else the scenario stops.
/// </summary>
internal static class RenderChecks
{
    public static async Task<RenderCheckResult> RunAsync(
        IssuingApp app, RenderFixture fixture, RenderPlainPage plainPage, string htmlFile, string chromium, RenderInvoiceChoice choice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(plainPage);
        ArgumentNullException.ThrowIfNull(choice);
        var alone = await app.Get<HtmlRenderer>().RenderAsync(fixture.Engine, fixture.Template, fixture.View, RenderLimits.Default, cancellationToken);
        if (!alone.Succeeded || !string.Equals(alone.Html, fixture.Html, StringComparison.Ordinal))
            throw new BenchmarkAbortedException("HtmlRenderer on the prepared view does not give the page DocumentRenderService gives.");
        var again = await app.Get<DocumentRenderService>().RenderAsync(new RenderInput(fixture.CompanyCode, fixture.Number, RenderFormat.Html), cancellationToken);
        if (!again.Succeeded || again.Value!.Content.Length != fixture.HtmlBytes)
            throw new BenchmarkAbortedException("DocumentRenderService does not give the same page twice: the length checks of the rounds would fail.");

        var warmPdf = await RenderInvoiceSearch.WarmPdfAsync(app, fixture.Number, cancellationToken);
        var warmPages = await RenderPdfCheck.PagesAsync(warmPdf, app.Folder, cancellationToken);
        if (warmPages != 1)
            throw new BenchmarkAbortedException($"The invoice printed on {warmPages} pages; the scenario measures a one-page invoice.");

        var product = await plainPage.PrintAsync(fixture.Html, productOptions: true);
        RenderPdfCheck.RequirePdf(product.Pdf, "The plain Playwright page");
        var minimal = await plainPage.PrintAsync(fixture.Html, productOptions: false);
        RenderPdfCheck.RequirePdf(minimal.Pdf, "The plain Playwright page");
        var cold = await RenderColdChromium.RunAsync(chromium, htmlFile, app.Folder, cancellationToken);

        return new RenderCheckResult(
            plainPage.BrowserVersion,
            choice,
            warmPages,
            warmPdf.Length,
            await RenderPdfCheck.PagesAsync(product.Pdf, app.Folder, cancellationToken),
            product.Pdf.Length,
            await RenderPdfCheck.PagesAsync(minimal.Pdf, app.Folder, cancellationToken),
            minimal.Pdf.Length,
            await RenderPdfCheck.PagesAsync(cold.Pdf, app.Folder, cancellationToken),
            cold.Pdf.Length);
    }
}
