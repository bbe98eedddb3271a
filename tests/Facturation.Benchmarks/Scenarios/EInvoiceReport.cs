using System.Globalization;
using Facturation.Benchmarks.Measuring;
using Facturation.Benchmarks.Reporting;
using Facturation.Benchmarks.Running;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>Turns the passes into the report: documents/s per case, ratios against the JSON baseline, where the time goes.</summary>
internal static class EInvoiceReport
{
    public static BenchmarkReport Create(BenchmarkContext context, int documents, IReadOnlyDictionary<EInvoiceCase, List<EInvoicePass>> samples)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(samples);
        string[] setup =
        [
            $"Build: {context.Layout.Configuration}; the bundled `Facturation.Plugins.EInvoicing` loaded from the driver's `plugins/` folder like the host loads it; formats taken from `ExtensionRegistry` and called in-process",
            Invariant($"Documents: {documents:N0} invoices of {EInvoiceSeed.LinesPerInvoice} lines (services at 20 % and 10 %, books at 5.5 %, fractional quantities), France pack (fr-vat, fr-numbering, fr-mentions), issued through `IssueService` and read back from the database before measuring; every case handles every snapshot once per round"),
            Invariant($"{context.Options.Warmups} unmeasured warm-up round(s) (XSD sets compiled, JIT), then {context.Options.Runs} measured round(s); a round runs every case one after the other"),
            "Time: wall clock of a pass, from the first snapshot taken to the last done; workers are thread-pool tasks taking the next snapshot; an export refused or a rule broken aborts the run",
            "Export = `IEInvoiceFormat.Export`: EN 16931 rules on the snapshot, XML writing, validation of the bytes against the official XSDs (CII: D16B and Factur-X EN 16931; UBL: Invoice 2.1)",
            "Writing only and rules only: the plugin's internal `CiiWriter.Write` / `UblWriter.Write` and `En16931Rules.Check`, reached by reflection (the SDK contract exposes only `Export`)",
            "Baseline: `SnapshotJson.Serialize` (System.Text.Json, the canonical snapshot text the host stores) of the same snapshots",
        ];
        var rows = samples.Select(s => new ReportRow(s.Key.Label, "documents/s", SampleSummary.Of(s.Value.Select(p => p.DocumentsPerSecond)))).ToList();
        var findings = new List<string>();
        var json = Median(samples, EInvoiceCase.Json, 1);
        foreach (var format in EInvoiceScenario.FormatIds)
        {
            var export = Median(samples, $"{format}-export", 1);
            var twoWorkers = Median(samples, $"{format}-export", 2);
            if (export is null || json is null)
                continue;
            findings.Add(Invariant($"{format}: export / JSON time per document (medians, 1 worker): {json.Value / export.Value:0.0}x ({1000 / export.Value:0.000} ms against {1000 / json.Value:0.000} ms); 2 workers / 1 worker: {twoWorkers / export:0.00}x"));
            var write = Median(samples, $"{format}-write", 1);
            var rules = Median(samples, $"{format}-rules", 1);
            findings.Add(write is null || rules is null
                ? $"{format}: writing and rules alone not measured: the plugin has no internal writer or rules under the expected names"
                : Invariant($"{format}: per document, writing {1000 / write.Value:0.000} ms + rules {1000 / rules.Value:0.000} ms; the rest of the export (XSD validation, copying) {1000 / export.Value - 1000 / write.Value - 1000 / rules.Value:0.000} ms"));
            findings.Add(Invariant($"{format}: {Bytes(samples, $"{format}-export"):N0} bytes per document (JSON {Bytes(samples, EInvoiceCase.Json):N0}); allocated {Allocated(samples, $"{format}-export"):N0} bytes per export (JSON {Allocated(samples, EInvoiceCase.Json):N0})"));
        }
        return new BenchmarkReport(Invariant($"E-invoice export of {documents:N0} issued invoices (CII, UBL)"), setup, rows, findings);
    }

    private static double? Median(IReadOnlyDictionary<EInvoiceCase, List<EInvoicePass>> samples, string key, int workers) =>
        samples.Where(s => s.Key.Key == key && s.Key.Workers == workers).Select(s => (double?)SampleSummary.Of(s.Value.Select(p => p.DocumentsPerSecond)).Median).FirstOrDefault();

    private static double Bytes(IReadOnlyDictionary<EInvoiceCase, List<EInvoicePass>> samples, string key) =>
        samples.First(s => s.Key.Key == key).Value.Average(p => (double)p.Bytes / p.Documents);

    private static double Allocated(IReadOnlyDictionary<EInvoiceCase, List<EInvoicePass>> samples, string key) =>
        SampleSummary.Of(samples.First(s => s.Key.Key == key && s.Key.Workers == 1).Value.Select(p => (double)p.AllocatedBytes / p.Documents)).Median;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
