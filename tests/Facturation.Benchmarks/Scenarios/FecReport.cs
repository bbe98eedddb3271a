using System.Globalization;
using Facturation.Benchmarks.Measuring;
using Facturation.Benchmarks.Reporting;
using Facturation.Benchmarks.Running;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>Turns the two passes into the report: throughput, file, memory at every tenth, ratio against the baseline.</summary>
internal static class FecReport
{
    private const double Mebibyte = 1024 * 1024;

    public static BenchmarkReport Create(BenchmarkContext context, int entries, FecPass export, FecPass baseline)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lines = (long)entries * FecSyntheticLedger.LinesPerEntry;
        string[] setup =
        [
            $"Build: {context.Layout.Configuration}; `FecExport` of the France plugin called in-process (project reference), default `fec.` settings, tab separator, UTF-8",
            Invariant($"Source: {entries:N0} synthetic balanced sales entries of {FecSyntheticLedger.LinesPerEntry} lines (411 with customer sub-account, 707, 706, 4457120), made one at a time as the writer reads them (`IAsyncEnumerable`, never held)"),
            Invariant($"One measured pass of each writer after {context.Options.Warmups} unmeasured warm-up pass(es) of 20,000 entries (`--runs` does not apply); baseline first, then the export, each to a new file in the temp folder, deleted after"),
            "Time: from the first entry read to the file flushed and closed; then the file's lines are counted (header + 4 per entry, or the run is refused)",
            "Memory sampled before the first entry and at every tenth of the entries: managed heap `GC.GetTotalMemory(false)` (no forced collection) and `Environment.WorkingSet`",
            "Baseline: the same records written with a bare `StreamWriter` (64 KB buffer), accounts hard-coded, no settings, no checks, no text cleaning",
        ];
        ReportRow[] rows =
        [
            new("Baseline: bare StreamWriter, throughput per tenth of the entries", "entries/s", SampleSummary.Of(SliceRates(baseline, entries))),
            new("FEC export, throughput per tenth of the entries", "entries/s", SampleSummary.Of(SliceRates(export, entries))),
            new("FEC export: managed heap at each tenth (10 % to 100 %)", "MiB", SampleSummary.Of(export.Samples.Skip(1).Select(s => s.ManagedHeapBytes / Mebibyte))),
            new("FEC export: working set at each tenth (10 % to 100 %)", "MiB", SampleSummary.Of(export.Samples.Skip(1).Select(s => s.WorkingSetBytes / Mebibyte))),
            new("Baseline: managed heap at each tenth", "MiB", SampleSummary.Of(baseline.Samples.Skip(1).Select(s => s.ManagedHeapBytes / Mebibyte))),
            new("Baseline: working set at each tenth", "MiB", SampleSummary.Of(baseline.Samples.Skip(1).Select(s => s.WorkingSetBytes / Mebibyte))),
        ];
        string[] findings =
        [
            Invariant($"FEC export: {export.Elapsed.TotalSeconds:0.00} s for {entries:N0} entries / {lines:N0} records: {entries / export.Elapsed.TotalSeconds:N0} entries/s, {lines / export.Elapsed.TotalSeconds:N0} lines/s; file {export.FileBytes / Mebibyte:0.0} MiB ({export.FileBytes:N0} bytes), {export.Lines:N0} lines counted"),
            Invariant($"Baseline: {baseline.Elapsed.TotalSeconds:0.00} s: {entries / baseline.Elapsed.TotalSeconds:N0} entries/s, {lines / baseline.Elapsed.TotalSeconds:N0} lines/s; file {baseline.FileBytes:N0} bytes ({(baseline.FileBytes == export.FileBytes ? "same size as the export's" : "DIFFERENT size from the export's")}), {baseline.Lines:N0} lines counted"),
            Invariant($"Ratio export / baseline (total time): {export.Elapsed.TotalSeconds / baseline.Elapsed.TotalSeconds:0.00}x"),
            Invariant($"Managed heap, MiB, before and at 10 % ... 100 % (export): {Series(export, s => s.ManagedHeapBytes)}"),
            Invariant($"Working set, MiB, before and at 10 % ... 100 % (export): {Series(export, s => s.WorkingSetBytes)}"),
            Invariant($"Allocations: export {export.AllocatedBytes / (double)entries:0} bytes/entry ({export.Gen0} gen-0, {export.Gen2} gen-2 collections), baseline {baseline.AllocatedBytes / (double)entries:0} bytes/entry ({baseline.Gen0} gen-0, {baseline.Gen2} gen-2)"),
            Flat(export),
        ];
        return new BenchmarkReport(Invariant($"FEC export of {entries:N0} entries (streaming)"), setup, rows, findings);
    }

    private static IEnumerable<double> SliceRates(FecPass pass, int entries) =>
        pass.Samples.Zip(pass.Samples.Skip(1), (before, after) => entries / 10d / (after.Elapsed - before.Elapsed).TotalSeconds);

    private static string Series(FecPass pass, Func<FecMemorySample, long> value) =>
        string.Join(", ", pass.Samples.Select(s => (value(s) / Mebibyte).ToString("0.0", CultureInfo.InvariantCulture)));

    private static string Flat(FecPass pass)
    {
        // Growth from the first tenth to the last: memory that followed the number of entries would grow ~9x here.
        var tenths = pass.Samples.Skip(1).ToList();
        var heapGrowth = (tenths[^1].ManagedHeapBytes - tenths[0].ManagedHeapBytes) / Mebibyte;
        var heapSpread = (tenths.Max(s => s.ManagedHeapBytes) - tenths.Min(s => s.ManagedHeapBytes)) / Mebibyte;
        var workingSetGrowth = (tenths[^1].WorkingSetBytes - tenths[0].WorkingSetBytes) / Mebibyte;
        return Invariant($"Flat memory: from 10 % to 100 % the managed heap moved {heapGrowth:+0.0;-0.0;0.0} MiB (spread {heapSpread:0.0} MiB, the gen-0 budget filling and emptying) and the working set {workingSetGrowth:+0.0;-0.0;0.0} MiB, while the file grew to {pass.FileBytes / Mebibyte:0} MiB");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
