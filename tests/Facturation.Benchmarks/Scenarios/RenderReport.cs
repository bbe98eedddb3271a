using System.Globalization;
using Facturation.Benchmarks.Measuring;
using Facturation.Benchmarks.Reporting;
using Facturation.Benchmarks.Running;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>Turns the render samples into the report: throughput, latency and CPU rows, the baselines' ratios, the goals.</summary>
internal static class RenderReport
{
    public const double HtmlGoalPerSecond = 5000;
    public const double PdfGoalPerSecond = 20;

    public static BenchmarkReport Create(BenchmarkContext context, RenderSamples samples, RenderCheckResult checks, RenderCounts counts, RenderFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(fixture);
        var options = context.Options;
        string[] setup =
        [
            $"Build: {context.Layout.Configuration}; application composed in-process as the host composes it (EF Core 10 on a SQLite file in the temp folder), bundled plugins `StandardVat`, `SequentialNumbering`, `France`, `EInvoicing`, `Handlebars` and `Scriban` loaded from the driver's `plugins/` folder",
            Invariant($"Invoice: France-pack company (French VAT, legal numbering, mandatory mentions, IBAN so a SEPA QR code); the {RenderSeed.RequestedLines}-line invoice asked for ({checks.Choice.RequestedNumber}, 2 VAT rates) prints on {checks.Choice.RequestedPages} page(s) with the default layout (Scriban's), so the invoice measured is {fixture.Number}, {fixture.Lines} lines at 2 VAT rates (20 % and 5.5 %), the longest of 10, 9, 8 ... lines that prints on one page; every render renders it, in French: HTML {fixture.HtmlBytes:N0} bytes, PDF {checks.WarmBytes:N0} bytes, {checks.WarmPages} page (pdfinfo)"),
            Invariant($"The {RenderSeed.RequestedLines}-line invoice, when it takes more than one page, is printed too in each round: {RenderRounds.RequestedInvoiceCallers} callers, {counts.Pdf} PDFs, same warm renderer"),
            Invariant($"Rounds: {options.Warmups} unmeasured warm-up round(s), then {options.Runs} measured round(s); each round runs every case in turn: {counts.Html:N0} renders per HTML case (`--invoices`), the HTML steps {counts.Steps:N0} times each, {counts.Pdf} PDFs per PDF case, 1 cold Chromium; so {options.Runs * counts.Html:N0} renders per HTML case, {options.Runs * counts.Pdf} per PDF case, {options.Runs} cold PDFs in all"),
            "Throughput of a batch: renders / wall clock from its first render started to its last finished; N workers (or callers) start together and each takes the next render until the batch is done; latency: each call as its caller sees it",
            Invariant($"HTML alone: `HtmlRenderer.RenderAsync(engine, template, view, RenderLimits.Default)` on the view built once (template compiled once and cached; per call: cache key, `TemplateModel.From`, render), with the layout engine's default layout (Scriban, page {fixture.Html.Length:N0} characters) and, in the same rounds, the Handlebars plugin's default layout on the same view (page {fixture.Handlebars.HtmlLength:N0} characters: the same page, Handlebars leaving the totals and VAT partials unescaped); HTML service: `DocumentRenderService.RenderAsync(.., RenderFormat.Html)` (document look-up in the database, snapshot JSON read, language, layout look-up, view, EPC QR code, render, UTF-8 bytes)"),
            Invariant($"PDF warm: `DocumentRenderService.RenderAsync(.., RenderFormat.Pdf)`, i.e. the above plus `ChromiumPdfRenderer` with the default `ChromiumOptions` (MaxConcurrentPages 4: pooled context + page per slot, JavaScript off, every non-`data:` request aborted by a route, A4 210 × 297 mm, backgrounds, tagged PDF, page-number footer); Chromium {checks.ChromiumVersion} (Debian) through Playwright 1.64.1, launched once by the first PDF ({checks.Choice.FirstWarmPdfMs:0} ms, before the warm-up)"),
            "Baseline 1, cold: `chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --print-to-pdf=<file> --no-pdf-header-footer --user-data-dir=<new empty folder> file://<invoice.html>`, one process per PDF, timed from start to exit",
            "Baseline 2, plain warm page: its own Chromium (the product's executable, the headless shell when installed; same flags, launched by Playwright), one context (JavaScript off, locale fr), one page reused, `SetContentAsync(html, WaitUntil=Load)` then `PdfAsync`, 1 caller; *product options* = the renderer's PDF options (CSS page box 210 × 297 mm with the page-number footer as a margin box, `PreferCSSPageSize`, backgrounds, `Tagged`), *minimal* = A4 210 × 297 mm + backgrounds only",
            "CPU, from /proc at the start and end of each batch: machine = all cores busy time of the whole machine (/proc/stat: anything else running counts too); Chromium = the measured browser's process tree (found by a switch on its command line) with the children it reaped, split by `--type` (a child that exits between two readings is counted with the parent that reaped it, so the split is approximate, the total is not); node = Playwright's driver; .NET = this process; cold Chromium = the children this process reaped; clock ticks of 10 ms",
            Invariant($"Checked: every PDF starts with `%PDF-`, every HTML render has the expected length, HtmlRenderer on the prepared view gives exactly the service's page; pages by pdfinfo once per path: warm renderer {checks.WarmPages}, plain page {checks.PlainProductPages} (product options) / {checks.PlainMinimalPages} (minimal), cold {checks.ColdPages}; PDF sizes {checks.WarmBytes:N0} / {checks.PlainProductBytes:N0} / {checks.PlainMinimalBytes:N0} / {checks.ColdBytes:N0} bytes"),
        ];

        var rows = new List<ReportRow>();
        foreach (var (workers, samplesOf) in samples.HtmlAlone)
            rows.Add(new ReportRow(Invariant($"HTML, `HtmlRenderer` alone, {Workers(workers)}: throughput per round"), "renders/s", SampleSummary.Of(samplesOf.PerSecond)));
        foreach (var (workers, samplesOf) in samples.HtmlAloneHandlebars)
            rows.Add(new ReportRow(Invariant($"HTML, `HtmlRenderer` alone, Handlebars default layout, {Workers(workers)}: throughput per round"), "renders/s", SampleSummary.Of(samplesOf.PerSecond)));
        foreach (var (workers, samplesOf) in samples.HtmlService)
            rows.Add(new ReportRow(Invariant($"HTML, `DocumentRenderService` end to end, {Workers(workers)}: throughput per round"), "renders/s", SampleSummary.Of(samplesOf.PerSecond)));
        foreach (var (callers, samplesOf) in samples.PdfWarm)
            rows.Add(new ReportRow(Invariant($"PDF, `DocumentRenderService` warm browser, {Callers(callers)}: throughput per round"), "PDFs/s", SampleSummary.Of(samplesOf.PerSecond)));
        if (samples.PdfRequested.Renders > 0)
            rows.Add(new ReportRow(Invariant($"PDF, warm browser, the {RenderSeed.RequestedLines}-line invoice ({checks.Choice.RequestedPages} pages), {Callers(RenderRounds.RequestedInvoiceCallers)}: throughput per round"), "PDFs/s", SampleSummary.Of(samples.PdfRequested.PerSecond)));
        rows.Add(new ReportRow("Baseline: plain warm Playwright page, product options, 1 caller: throughput per round", "PDFs/s", SampleSummary.Of(samples.PlainProduct.PerSecond)));
        rows.Add(new ReportRow("Baseline: plain warm Playwright page, minimal options, 1 caller: throughput per round", "PDFs/s", SampleSummary.Of(samples.PlainMinimal.PerSecond)));
        rows.Add(new ReportRow("Baseline: cold `chromium --print-to-pdf`, one process per PDF: throughput per run", "PDFs/s", SampleSummary.Of(samples.Cold.PerSecond)));

        foreach (var (workers, samplesOf) in samples.HtmlAlone)
            rows.Add(new ReportRow(Invariant($"HTML, `HtmlRenderer` alone, {Workers(workers)}: one render"), "ms", SampleSummary.Of(samplesOf.LatenciesMs)));
        foreach (var (workers, samplesOf) in samples.HtmlAloneHandlebars)
            rows.Add(new ReportRow(Invariant($"HTML, `HtmlRenderer` alone, Handlebars default layout, {Workers(workers)}: one render"), "ms", SampleSummary.Of(samplesOf.LatenciesMs)));
        foreach (var (workers, samplesOf) in samples.HtmlService)
            rows.Add(new ReportRow(Invariant($"HTML, `DocumentRenderService`, {Workers(workers)}: one render"), "ms", SampleSummary.Of(samplesOf.LatenciesMs)));
        foreach (var (callers, samplesOf) in samples.PdfWarm)
            rows.Add(new ReportRow(Invariant($"PDF, warm browser, {Callers(callers)}: one PDF"), "ms", SampleSummary.Of(samplesOf.LatenciesMs)));
        if (samples.PdfRequested.Renders > 0)
            rows.Add(new ReportRow(Invariant($"PDF, warm browser, the {RenderSeed.RequestedLines}-line invoice, {Callers(RenderRounds.RequestedInvoiceCallers)}: one PDF"), "ms", SampleSummary.Of(samples.PdfRequested.LatenciesMs)));
        foreach (var (label, plain) in new[] { ("product", samples.PlainProduct), ("minimal", samples.PlainMinimal) })
        {
            rows.Add(new ReportRow($"Baseline: plain page, {label} options: one PDF", "ms", SampleSummary.Of(plain.LatenciesMs)));
            rows.Add(new ReportRow($"Baseline: plain page, {label} options: `SetContentAsync`", "ms", SampleSummary.Of(plain.SetContentMs)));
            rows.Add(new ReportRow($"Baseline: plain page, {label} options: `PdfAsync`", "ms", SampleSummary.Of(plain.PrintMs)));
        }
        rows.Add(new ReportRow("Baseline: cold Chromium: one process, start to exit", "ms", SampleSummary.Of(samples.Cold.LatenciesMs)));

        foreach (var (callers, samplesOf) in samples.PdfWarm)
            rows.Add(new ReportRow(Invariant($"PDF, warm browser, {Callers(callers)}: machine CPU time per PDF, per round"), "ms", SampleSummary.Of(samplesOf.MachineCpuPerRenderMs)));
        rows.Add(new ReportRow("Baseline: plain page, product options: machine CPU time per PDF, per round", "ms", SampleSummary.Of(samples.PlainProduct.MachineCpuPerRenderMs)));
        rows.Add(new ReportRow("Baseline: plain page, minimal options: machine CPU time per PDF, per round", "ms", SampleSummary.Of(samples.PlainMinimal.MachineCpuPerRenderMs)));
        rows.Add(new ReportRow("Baseline: cold Chromium: machine CPU time per PDF, per run", "ms", SampleSummary.Of(samples.Cold.MachineCpuPerRenderMs)));
        foreach (var (workers, samplesOf) in samples.HtmlService)
            rows.Add(new ReportRow(Invariant($"HTML, `DocumentRenderService`, {Workers(workers)}: .NET CPU time per render, per round"), "ms", SampleSummary.Of(samplesOf.DriverCpuPerRenderMs)));
        foreach (var (step, times) in samples.StepsMicroseconds)
            rows.Add(new ReportRow($"HTML step, 1 thread: {step}", "µs", SampleSummary.Of(times)));

        var findings = new List<string>();
        findings.AddRange(HtmlFindings(samples));
        findings.AddRange(PdfFindings(samples, checks));
        return new BenchmarkReport("Rendering HTML and PDF (issue: renders per second)", setup, rows, findings);
    }

    private static IEnumerable<string> HtmlFindings(RenderSamples samples)
    {
        foreach (var (name, cases) in new[]
        {
            ("`HtmlRenderer` alone (Scriban)", samples.HtmlAlone), ("`HtmlRenderer` alone (Handlebars)", samples.HtmlAloneHandlebars),
            ("`DocumentRenderService` end to end", samples.HtmlService),
        })
        {
            var parts = cases.Select(c =>
            {
                var throughput = SampleSummary.Of(c.Value.PerSecond);
                var latency = SampleSummary.Of(c.Value.LatenciesMs);
                return Invariant($"{Workers(c.Key)} median {throughput.Median:N0}/s (min {throughput.Min:N0}), {Verdict(c.Value.PerSecond, HtmlGoalPerSecond)}, p50 / p99 {latency.Median * 1000:0} / {latency.P99 * 1000:0} µs, .NET CPU {c.Value.CpuPerRender.DriverMs * 1000:0} µs and {c.Value.AllocatedBytes / (double)c.Value.Renders / 1024:0} KiB allocated per render");
            });
            var best = cases.MaxBy(c => SampleSummary.Of(c.Value.PerSecond).Median).Value;
            var budget = Environment.ProcessorCount * 1_000_000 / HtmlGoalPerSecond;
            yield return Invariant($"HTML goal {HtmlGoalPerSecond:N0} renders/s, {name}: {string.Join("; ", parts)}; the goal on {Environment.ProcessorCount} cores allows {budget:0} µs of CPU per render, this takes {best.CpuPerRender.DriverMs * 1000:0} µs");
        }
        var alone = SampleSummary.Of(samples.HtmlAlone[1].LatenciesMs).Median * 1000;
        var service = SampleSummary.Of(samples.HtmlService[1].LatenciesMs).Median * 1000;
        var steps = samples.StepsMicroseconds.Select(s => Invariant($"{Strip(s.Key)} {SampleSummary.Of(s.Value).Median:0.0}")).ToList();
        yield return Invariant($"HTML, where a service render's time goes (medians, 1 thread, µs): service {service:0}, of which `HtmlRenderer` alone {alone:0}; steps: {string.Join(", ", steps)}");
        var engines = HtmlWorkers(samples).Select(workers =>
        {
            var scriban = SampleSummary.Of(samples.HtmlAlone[workers].PerSecond).Median;
            var handlebars = SampleSummary.Of(samples.HtmlAloneHandlebars[workers].PerSecond).Median;
            var scribanKiB = samples.HtmlAlone[workers].AllocatedBytes / (double)samples.HtmlAlone[workers].Renders / 1024;
            var handlebarsKiB = samples.HtmlAloneHandlebars[workers].AllocatedBytes / (double)samples.HtmlAloneHandlebars[workers].Renders / 1024;
            return Invariant($"{Workers(workers)} {scriban:N0} / {handlebars:N0} renders/s = {scriban / handlebars:0.00}x, {scribanKiB:0} / {handlebarsKiB:0} KiB allocated per render");
        });
        yield return Invariant($"HTML, `HtmlRenderer` alone, Scriban / Handlebars default layouts on the same view in the same rounds (medians): {string.Join("; ", engines)}");
        var scaleAlone = SampleSummary.Of(samples.HtmlAlone[2].PerSecond).Median / SampleSummary.Of(samples.HtmlAlone[1].PerSecond).Median;
        var scaleService = SampleSummary.Of(samples.HtmlService[2].PerSecond).Median / SampleSummary.Of(samples.HtmlService[1].PerSecond).Median;
        yield return Invariant($"HTML, 2 workers / 1 worker (medians): `HtmlRenderer` alone {scaleAlone:0.00}x, `DocumentRenderService` {scaleService:0.00}x (on {Environment.ProcessorCount} logical cores)");
    }

    private static IEnumerable<string> PdfFindings(RenderSamples samples, RenderCheckResult checks)
    {
        var cold = SampleSummary.Of(samples.Cold.PerSecond).Median;
        var plainProduct = SampleSummary.Of(samples.PlainProduct.PerSecond).Median;
        var plainMinimal = SampleSummary.Of(samples.PlainMinimal.PerSecond).Median;
        var best = samples.PdfWarm.MaxBy(c => SampleSummary.Of(c.Value.PerSecond).Median);
        var bestMedian = SampleSummary.Of(best.Value.PerSecond).Median;
        var perCallers = samples.PdfWarm.Select(c =>
        {
            var throughput = SampleSummary.Of(c.Value.PerSecond);
            var latency = SampleSummary.Of(c.Value.LatenciesMs);
            return Invariant($"{Callers(c.Key)} median {throughput.Median:0.0}/s (overall {c.Value.OverallPerSecond:0.0}/s), p50 / p99 {latency.Median:0} / {latency.P99:0} ms");
        });
        var bestCpu = best.Value.CpuPerRender;
        var ownCpu = bestCpu.BrowserMs + bestCpu.NodeMs + bestCpu.DriverMs;
        yield return Invariant($"PDF goal {PdfGoalPerSecond:0} one-page invoices/s: {Verdict(best.Value.PerSecond, PdfGoalPerSecond)} — best {Callers(best.Key)}, median {bestMedian:0.0} PDFs/s; {string.Join("; ", perCallers)}; the goal on {Environment.ProcessorCount} cores allows {Environment.ProcessorCount * 1000 / PdfGoalPerSecond:0} ms of CPU per PDF, the best case takes {ownCpu:0} ms (Chromium, node driver and .NET)");
        yield return Invariant($"Ratio warm / cold (medians): {string.Join(", ", samples.PdfWarm.Select(c => Invariant($"{Callers(c.Key)} {SampleSummary.Of(c.Value.PerSecond).Median / cold:0.0}x")))} ({cold:0.00} cold PDFs/s, {SampleSummary.Of(samples.Cold.LatenciesMs).Median:0} ms each)");
        var single = SampleSummary.Of(samples.PdfWarm[1].PerSecond).Median;
        yield return Invariant($"Ratio renderer, 1 caller / plain warm page (medians): {single / plainProduct:0.00}x against the same PDF options ({single:0.0} / {plainProduct:0.0} PDFs/s), {single / plainMinimal:0.00}x against minimal options ({plainMinimal:0.0} PDFs/s); best renderer case / plain page with product options: {bestMedian / plainProduct:0.00}x");
        foreach (var (label, plain) in new[] { ("product", samples.PlainProduct), ("minimal", samples.PlainMinimal) })
        {
            var set = SampleSummary.Of(plain.SetContentMs).Median;
            var print = SampleSummary.Of(plain.PrintMs).Median;
            yield return Invariant($"Plain page, {label} options, where the time goes (medians): `SetContentAsync` {set:0.0} ms, `PdfAsync` {print:0.0} ms ({print / (set + print):P0} in `PdfAsync`)");
        }
        var cases = samples.PdfWarm.Select(c => (Label: Invariant($"warm renderer, {Callers(c.Key)}"), Samples: c.Value)).ToList();
        if (samples.PdfRequested.Renders > 0)
            cases.Add((Invariant($"warm renderer, {RenderSeed.RequestedLines}-line invoice ({checks.Choice.RequestedPages} pages), {Callers(RenderRounds.RequestedInvoiceCallers)}"), samples.PdfRequested));
        cases.Add(("plain page, product options", samples.PlainProduct));
        cases.Add(("plain page, minimal options", samples.PlainMinimal));
        foreach (var (label, samplesOf) in cases)
        {
            var cpu = samplesOf.CpuPerRender;
            var own = cpu.BrowserMs + cpu.NodeMs + cpu.DriverMs;
            yield return Invariant($"CPU per PDF, {label} (all measured rounds): Chromium {cpu.BrowserMs:0} ms (renderer processes {cpu.RendererMs:0}, GPU process {cpu.GpuMs:0}, utility processes {cpu.UtilityMs:0}, browser process and zygotes with the short-lived children they reaped {cpu.BrowserMs - cpu.RendererMs - cpu.GpuMs - cpu.UtilityMs:0}) + node driver {cpu.NodeMs:0} + .NET {cpu.DriverMs:0} = {own:0} ms; whole machine {cpu.MachineBusyMs:0} ms, {samplesOf.MachineUtilisation:P0} of its cores busy; CPU-bound ceiling {Environment.ProcessorCount} cores × 1000 / {own:0} ms = {Environment.ProcessorCount * 1000 / own:0.0} PDFs/s");
        }
        var coldCpu = samples.Cold.CpuPerRender;
        yield return Invariant($"CPU per cold PDF: machine {coldCpu.MachineBusyMs:0} ms, of which the reaped Chromium processes {coldCpu.ReapedChildrenMs:0} ms (processes Chromium left behind are not counted there)");
        yield return Invariant($"First PDF of the renderer (Playwright driver, browser launch, context and page): {checks.Choice.FirstWarmPdfMs:0} ms");
    }

    private static string Verdict(List<double> runs, double goal)
    {
        var summary = SampleSummary.Of(runs);
        var under = runs.Count(r => r < goal);
        return under == 0 ? "met by every round"
            : summary.Median >= goal ? Invariant($"met at the median, {under} of {runs.Count} rounds below")
            : "NOT met";
    }

    private static IEnumerable<int> HtmlWorkers(RenderSamples samples) => samples.HtmlAlone.Keys.Where(samples.HtmlAloneHandlebars.ContainsKey).Order();

    private static string Workers(int workers) => workers == 1 ? "1 worker" : Invariant($"{workers} workers");

    private static string Callers(int callers) => callers == 1 ? "1 caller" : Invariant($"{callers} callers");

    private static string Strip(string step) => step.Replace("`", string.Empty, StringComparison.Ordinal).Split(' ')[0].TrimEnd(',');

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
