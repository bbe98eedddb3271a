using System.Diagnostics;
using System.Globalization;
using Facturation.Application.Documents;
using Facturation.Application.Issuing;
using Facturation.Application.Rendering;
using Facturation.Benchmarks.Running;
using Facturation.Rendering.Documents;
using Facturation.Rendering.Html;
using Facturation.Rendering.Payments;
using Facturation.Sdk.Templates;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// One round of the <c>render</c> scenario: every case in turn on the same invoice, so drift over the run hits every
/// case alike. HTML cases first (no browser busy), then the warm PDF renderer at 1, 2 and 4 callers, the plain page
/// with both option sets, and one cold Chromium.
/// </summary>
/// <param name="app">The composed application.</param>
/// <param name="fixture">The invoice.</param>
/// <param name="plainPage">The plain Playwright page.</param>
/// <param name="htmlFile">The invoice's HTML on disk, for the cold Chromium.</param>
/// <param name="counts">Renders per case and round.</param>
/// <param name="choice">The 10-line invoice, printed too when it does not fit on one page.</param>
internal sealed class RenderRounds(IssuingApp app, RenderFixture fixture, RenderPlainPage plainPage, string htmlFile, RenderCounts counts, RenderInvoiceChoice choice)
{
    /// <summary>The switch ChromiumPdfRenderer puts on its browser's command line (followed by an id).</summary>
    public const string ProductBrowserMarker = "--facturation-pdf-renderer=";

    private readonly HtmlRenderer _html = app.Get<HtmlRenderer>();
    private readonly DocumentRenderService _service = app.Get<DocumentRenderService>();
    private readonly DocumentService _documents = app.Get<DocumentService>();

    public static IReadOnlyList<int> HtmlWorkers { get; } = [1, 2];

    public static IReadOnlyList<int> PdfConcurrency { get; } = [1, 2, 4];

    /// <summary>Callers printing the 10-line invoice when it takes more than one page: one per core of the target machine.</summary>
    public const int RequestedInvoiceCallers = 2;

    public async Task RunAsync(RenderSamples samples, Action<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(progress);
        var line = new List<string>();
        foreach (var workers in HtmlWorkers)
        {
            var round = await RenderWorkers.RunAsync(workers, counts.Html, HtmlAloneAsync, null, cancellationToken);
            RenderSamples.Case(samples.HtmlAlone, workers).Add(round);
            line.Add(Invariant($"HTML alone x{workers} {round.PerSecond:0}/s"));
        }
        foreach (var workers in HtmlWorkers)
        {
            var round = await RenderWorkers.RunAsync(workers, counts.Html, HandlebarsAloneAsync, null, cancellationToken);
            RenderSamples.Case(samples.HtmlAloneHandlebars, workers).Add(round);
            line.Add(Invariant($"Handlebars alone x{workers} {round.PerSecond:0}/s"));
        }
        foreach (var workers in HtmlWorkers)
        {
            var round = await RenderWorkers.RunAsync(workers, counts.Html, HtmlServiceAsync, null, cancellationToken);
            RenderSamples.Case(samples.HtmlService, workers).Add(round);
            line.Add(Invariant($"HTML service x{workers} {round.PerSecond:0}/s"));
        }
        await MeasureStepsAsync(samples, cancellationToken);

        foreach (var concurrency in PdfConcurrency)
        {
            var round = await RenderWorkers.RunAsync(concurrency, counts.Pdf, PdfServiceAsync, ProductBrowserMarker, cancellationToken);
            RenderSamples.Case(samples.PdfWarm, concurrency).Add(round);
            line.Add(Invariant($"PDF warm x{concurrency} {round.PerSecond:0.0}/s"));
        }
        if (choice.RequestedNumber != fixture.Number)
        {
            var round = await RenderWorkers.RunAsync(RequestedInvoiceCallers, counts.Pdf, RequestedPdfAsync, ProductBrowserMarker, cancellationToken);
            samples.PdfRequested.Add(round);
            line.Add(Invariant($"PDF warm {RenderSeed.RequestedLines} lines x{RequestedInvoiceCallers} {round.PerSecond:0.0}/s"));
        }
        foreach (var productOptions in new[] { true, false })
        {
            var target = productOptions ? samples.PlainProduct : samples.PlainMinimal;
            var round = await RenderWorkers.RunAsync(1, counts.Pdf, async _ =>
            {
                var print = await plainPage.PrintAsync(fixture.Html, productOptions);
                RenderPdfCheck.RequirePdf(print.Pdf, "The plain Playwright page");
                target.SetContentMs.Add(print.SetContentMs);
                target.PrintMs.Add(print.PrintMs);
            }, RenderPlainPage.Marker, cancellationToken);
            target.Add(round);
            line.Add(Invariant($"plain page ({(productOptions ? "product" : "minimal")} options) {round.PerSecond:0.0}/s"));
        }

        var cold = await RenderColdChromium.RunAsync(counts.ChromiumExecutable, htmlFile, app.Folder, cancellationToken);
        samples.Cold.Add(new RenderRound(1, cold.Elapsed, [cold.Elapsed.TotalMilliseconds], cold.Cpu, 0));
        line.Add(Invariant($"cold {cold.Elapsed.TotalMilliseconds:0} ms"));
        progress(string.Join(", ", line));
    }

    private async Task HtmlAloneAsync(CancellationToken cancellationToken)
    {
        var result = await _html.RenderAsync(fixture.Engine, fixture.Template, fixture.View, RenderLimits.Default, cancellationToken);
        if (!result.Succeeded || result.Html!.Length != fixture.Html.Length)
            throw new BenchmarkAbortedException($"HtmlRenderer failed or changed the page: {string.Join("; ", result.Errors)}");
    }

    private async Task HandlebarsAloneAsync(CancellationToken cancellationToken)
    {
        var handlebars = fixture.Handlebars;
        var result = await _html.RenderAsync(handlebars.Engine, handlebars.Template, fixture.View, RenderLimits.Default, cancellationToken);
        if (!result.Succeeded || result.Html!.Length != handlebars.HtmlLength)
            throw new BenchmarkAbortedException($"HtmlRenderer with the Handlebars layout failed or changed the page: {string.Join("; ", result.Errors)}");
    }

    private async Task HtmlServiceAsync(CancellationToken cancellationToken)
    {
        var result = await _service.RenderAsync(new RenderInput(fixture.CompanyCode, fixture.Number, RenderFormat.Html), cancellationToken);
        if (!result.Succeeded || result.Value!.Content.Length != fixture.HtmlBytes)
            throw new BenchmarkAbortedException($"DocumentRenderService (HTML) failed or changed the page: {string.Join("; ", result.Problems)}");
    }

    private Task PdfServiceAsync(CancellationToken cancellationToken) => PdfServiceAsync(fixture.Number, cancellationToken);

    private Task RequestedPdfAsync(CancellationToken cancellationToken) => PdfServiceAsync(choice.RequestedNumber, cancellationToken);

    private async Task PdfServiceAsync(string number, CancellationToken cancellationToken)
    {
        var result = await _service.RenderAsync(new RenderInput(fixture.CompanyCode, number, RenderFormat.Pdf), cancellationToken);
        if (!result.Succeeded)
            throw new BenchmarkAbortedException($"DocumentRenderService (PDF) failed: {string.Join("; ", result.Problems)}");
        RenderPdfCheck.RequirePdf(result.Value!.Content, "DocumentRenderService (PDF)");
    }

    /// <summary>The steps of a service HTML render, one at a time on one thread, to see where its time goes.</summary>
    private async Task MeasureStepsAsync(RenderSamples samples, CancellationToken cancellationToken)
    {
        var count = counts.Steps;
        var times = new double[count];
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var found = await _documents.FindAsync(fixture.CompanyCode, fixture.Number, cancellationToken);
            times[i] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
            if (!found.Succeeded)
                throw new BenchmarkAbortedException("The invoice could not be found.");
        }
        samples.AddStep("`DocumentService.FindAsync` (new DbContext, database read)", times);

        samples.AddStep("`SnapshotJson.Deserialize`", Time(count, () => SnapshotJson.Deserialize(fixture.SnapshotJson)));
        samples.AddStep("EPC QR code: payment, payload, SVG, data URI", Time(count, () => EpcQrCode.DataUri(EpcQrCode.Svg(EpcQrCode.Payload(EpcPayment.For(fixture.Snapshot)!)!))));
        samples.AddStep("`DocumentViewBuilder.Build`", Time(count, () => DocumentViewBuilder.Build(
            new DocumentViewRequest(fixture.Snapshot, fixture.Language, BrandingView.Default) { QrCodeDataUri = fixture.View.Payment?.QrCodeDataUri })));
        samples.AddStep("`HtmlRenderer.Compile`, cache hit (SHA-256 key of the template text)", Time(count, () => _html.Compile(fixture.Engine, fixture.Template)));
        samples.AddStep("`TemplateModel.From` (view to plain data)", Time(count, () => TemplateModel.From(fixture.View)));

        var model = TemplateModel.From(fixture.View);
        samples.AddStep("Scriban render of the compiled template (model ready, output string)",
            await TimeRenderAsync(count, _html.Compile(fixture.Engine, fixture.Template).Template!, model, fixture.Html.Length, cancellationToken));
        samples.AddStep("Handlebars render of the compiled template (same model, its default layout)",
            await TimeRenderAsync(count, _html.Compile(fixture.Handlebars.Engine, fixture.Handlebars.Template).Template!, model, fixture.Handlebars.HtmlLength, cancellationToken));
    }

    private static async Task<double[]> TimeRenderAsync(int count, ICompiledTemplate compiled, object model, int length, CancellationToken cancellationToken)
    {
        var times = new double[count];
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var output = new StringWriter(CultureInfo.InvariantCulture);
            var result = await compiled.RenderAsync(new TemplateRenderRequest(model, output, RenderLimits.Default), cancellationToken);
            var html = output.ToString();
            times[i] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
            if (!result.Succeeded || html.Length != length)
                throw new BenchmarkAbortedException("The compiled template failed or changed the page.");
        }
        return times;
    }

    private static double[] Time(int count, Func<object?> step)
    {
        var times = new double[count];
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var result = step();
            times[i] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
            GC.KeepAlive(result);
        }
        return times;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
