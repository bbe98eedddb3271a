using System.Globalization;
using Facturation.Benchmarks.Measuring;
using Facturation.Benchmarks.Reporting;
using Facturation.Benchmarks.Running;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>Turns the rounds into the report: documents/s and latencies per case, Factur-X against the plain PDF.</summary>
internal static class FacturXReport
{
    public static BenchmarkReport Create(
        BenchmarkContext context, int invoices, int perRound, FacturXCheck check, IReadOnlyDictionary<FacturXCase, RenderCaseSamples> samples)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(samples);
        string[] setup =
        [
            $"Build: {context.Layout.Configuration}; application services composed as the host composes them, the bundled plugins (France pack, e-invoicing with Factur-X, Handlebars layouts) loaded from the driver's `plugins/` folder; the product's warm Chromium",
            Invariant($"Documents: {invoices:N0} issued invoices of {EInvoiceSeed.LinesPerInvoice} lines at three VAT rates (France pack, the `einvoice` seed); each case handles {perRound} of them per round, taken in turn"),
            Invariant($"{context.Options.Warmups} unmeasured warm-up round(s), then {context.Options.Runs} measured round(s); a round runs every case one after the other; one untimed Factur-X export first starts the browser (first export {check.FirstMs:0} ms)"),
            "Factur-X = `EInvoiceService.ExportAsync(\"facturx\")`: document read, CII export (EN 16931 rules, XSD validation), PDF printed by `DocumentRenderService` (template, Chromium), then `IHybridInvoiceFormat.Combine` (PDF/A-3 incremental update with `factur-x.xml`)",
            "Baseline: `DocumentRenderService.RenderAsync` to PDF of the same invoices; CII alone: `EInvoiceService.ExportAsync(\"cii\")`",
            Invariant($"Checked before measuring: the XML embedded in the Factur-X PDF is the CII export byte for byte, and the PDF reads back through `EInvoiceService.Read` (amount due {check.AmountDue}); a refusal during the rounds aborts the run"),
            "Time: wall clock of a case's batch, callers are thread-pool tasks taking the next invoice; latency is each call as its caller saw it",
        ];
        var rows = new List<ReportRow>();
        foreach (var (c, s) in samples)
        {
            rows.Add(new ReportRow(Invariant($"{c.Label}, {c.Callers} caller(s)"), c.Key == FacturXCase.Cii ? "documents/s" : "PDFs/s", SampleSummary.Of(s.PerSecond)));
            rows.Add(new ReportRow(Invariant($"{c.Label}, {c.Callers} caller(s): latency"), "ms", SampleSummary.Of(s.LatenciesMs)));
        }

        rows.Add(new ReportRow("`IHybridInvoiceFormat.Combine` alone (in-process, one call at a time, same PDF and XML)", "ms", SampleSummary.Of(check.CombineMs)));

        var findings = new List<string>();
        foreach (var callers in FacturXCase.CallerCounts)
        {
            var facturx = Find(samples, FacturXCase.FacturX, callers);
            var pdf = Find(samples, FacturXCase.Pdf, callers);
            var cii = Find(samples, FacturXCase.Cii, callers);
            if (facturx is null || pdf is null || cii is null)
                continue;
            var fx = SampleSummary.Of(facturx.LatenciesMs);
            var plain = SampleSummary.Of(pdf.LatenciesMs);
            findings.Add(Invariant(
                $"{callers} caller(s): {facturx.OverallPerSecond:0.0} Factur-X PDFs/s against {pdf.OverallPerSecond:0.0} plain PDFs/s; ratio Factur-X time / PDF time {pdf.OverallPerSecond / facturx.OverallPerSecond:0.00}x; latency p50 {fx.Median:0.0} ms (PDF {plain.Median:0.0} ms), p99 {fx.P99:0.0} ms (PDF {plain.P99:0.0} ms)"));
            findings.Add(Invariant(
                $"{callers} caller(s): per document, Factur-X adds {(1000 / facturx.OverallPerSecond) - (1000 / pdf.OverallPerSecond):0.0} ms of wall clock to the PDF; the CII export alone takes {1000 / cii.OverallPerSecond:0.00} ms ({cii.OverallPerSecond:0} documents/s)"));
        }
        findings.Add(Invariant($"Combine alone: median {SampleSummary.Of(check.CombineMs).Median:0.00} ms over {check.CombineMs.Count} calls on the first invoice's PDF and CII (measured before the rounds, single thread)"));
        findings.Add(Invariant(
            $"Sizes: Factur-X {check.FacturXBytes:N0} bytes against the plain PDF's {check.PdfBytes:N0} (+{check.FacturXBytes - check.PdfBytes:N0} bytes, +{100.0 * (check.FacturXBytes - check.PdfBytes) / check.PdfBytes:0.0} %: the attached CII, {check.CiiBytes:N0} bytes before compression, the XMP metadata and the output intent)"));
        if (Find(samples, FacturXCase.FacturX, 1) is { } one && Find(samples, FacturXCase.FacturX, FacturXCase.CallerCounts[^1]) is { } most)
            findings.Add(Invariant($"Factur-X scaling: {FacturXCase.CallerCounts[^1]} callers / 1 caller: {most.OverallPerSecond / one.OverallPerSecond:0.00}x"));
        return new BenchmarkReport(Invariant($"Factur-X export of {invoices:N0} issued invoices (warm browser)"), setup, rows, findings);
    }

    private static RenderCaseSamples? Find(IReadOnlyDictionary<FacturXCase, RenderCaseSamples> samples, string key, int callers) =>
        samples.Where(s => s.Key.Key == key && s.Key.Callers == callers && s.Value.Renders > 0).Select(s => s.Value).FirstOrDefault();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
