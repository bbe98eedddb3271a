using System.Globalization;
using Facturation.Benchmarks.Measuring;
using Facturation.Benchmarks.Reporting;
using Facturation.Benchmarks.Running;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>Turns a <c>fec-db</c> run into the report: throughput, file, memory against the file's growth, ratios to the baselines.</summary>
internal static class FecDatabaseReport
{
    private const double Mebibyte = 1024 * 1024;

    public static BenchmarkReport Create(BenchmarkContext context, FecDatabaseResults results)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(results);
        var (entries, seeding, export) = (results.Entries, results.Seeding, results.Export);
        var steady = Steady(export);
        string[] setup =
        [
            $"Build: {context.Layout.Configuration}; the application composed in-process as the host composes it (SQLite file in a temp folder, WAL, synchronous=FULL, bundled plugins loaded from the driver's `plugins` folder), clock stopped at {FecDatabaseApp.ClockTime:yyyy-MM-dd HH:mm} UTC",
            Invariant($"Seed (not measured): a France-pack company (`fr-vat`, `fr-numbering`, `fr-mentions`, fiscal year closing 12-31) and one customer; {seeding.RealInvoices:N0} invoices of 2 or 3 lines (services 20 %, goods 5.5 % and 20 %) drafted and issued one by one through `DocumentService` / `IssueService`, then copied with SQL in one transaction up to {entries:N0} (new random id, number `<original>-<k>` also replaced in the snapshot, lines copied, journal sequence continued)"),
            "Measured: one call of `AccountingExportService.ExportAsync` (format `fec`, fiscal year 2026-01-01 to 2026-12-31) into an empty temp folder, from a collected heap; no warm-up export (`--runs`, `--warmup` do not apply)",
            Invariant($"Sampler every {FecDatabaseSampler.Interval.TotalMilliseconds:0} ms on a thread-pool timer: elapsed time, managed heap `GC.GetTotalMemory(false)`, `Environment.WorkingSet`, bytes in the export folder (the plugin's `.tmp` file, renamed at the end)"),
            "Baselines in the same run: a bare Microsoft.Data.Sqlite read of the same rows in the same order (`SELECT d.SnapshotJson, c.Code FROM JournalEntries j JOIN Documents d JOIN Customers c WHERE j.CompanyId = … ORDER BY j.Sequence`, lengths summed), before and after the export; and the France plugin's `FecExport` alone on as many synthetic 4-line entries (the `fec` scenario's ledger)",
            Invariant($"The database was just written (page cache warm: {seeding.DatabaseBytes / 1e9:0.00} GB on a machine with more RAM than that); no `ANALYZE` was run, as the application runs none"),
        ];
        ReportRow[] rows =
        [
            new("Export: managed heap, every sample once 10 % of the file was written", "MiB", SampleSummary.Of(steady.Select(s => s.ManagedHeapBytes / Mebibyte))),
            new("Export: working set, same samples", "MiB", SampleSummary.Of(steady.Select(s => s.WorkingSetBytes / Mebibyte))),
            new("Export: file written per sample interval, same samples", "MiB/s", SampleSummary.Of(Rates(steady))),
        ];
        var read = results.ReadBefore;
        var writer = results.Writer;
        List<string> findings =
        [
            Invariant($"FEC export: {export.Elapsed.TotalSeconds:0.00} s for {entries:N0} entries: {entries / export.Elapsed.TotalSeconds:N0} entries/s, {(export.Lines - 1) / export.Elapsed.TotalSeconds:N0} records/s; file `{export.FileName}` {export.FileBytes / Mebibyte:0.0} MiB ({export.FileBytes:N0} bytes), {export.Lines:N0} lines counted = {seeding.ExpectedLines:N0} expected (1 header + one record per ledger line of every entry, {(export.Lines - 1) / (double)entries:0.00} per entry on average)"),
            Invariant($"Bare read: {read.Elapsed.TotalSeconds:0.00} s before the export ({read.Rows / read.Elapsed.TotalSeconds:N0} rows/s, {read.Characters / 1e6:N0} million characters), {results.ReadAfter.Elapsed.TotalSeconds:0.00} s after it"),
            Invariant($"Ratio export / bare read: {export.Elapsed / read.Elapsed:0.00}x (read before), {export.Elapsed / results.ReadAfter.Elapsed:0.00}x (read after)"),
            Invariant($"Plugin writer alone on {entries:N0} synthetic 4-line entries: {writer.Elapsed.TotalSeconds:0.00} s ({entries / writer.Elapsed.TotalSeconds:N0} entries/s, {writer.FileBytes / Mebibyte:0.0} MiB); the export takes {export.Elapsed / writer.Elapsed:0.00}x that (its entries have {(export.Lines - 1) / (double)entries:0.00} records each, not 4)"),
            FirstBytes(export),
            "Memory at about every 10 % of the final file size (first sample at or past each tenth): " + Tenths(export),
            Flat(export, steady),
            Invariant($"Allocations during the export: {export.AllocatedBytes / (double)entries:N0} bytes/entry ({export.AllocatedBytes / 1e9:0.0} GB), {export.Gen0:N0} gen-0 and {export.Gen2:N0} gen-2 collections"),
            Invariant($"Seeding (not in any figure above): {seeding.RealInvoices:N0} real invoices issued in {seeding.IssueElapsed.TotalSeconds:0.0} s; SQL copies up to {entries:N0} in {seeding.CopyElapsed.TotalSeconds:0.0} s (one transaction, then a WAL checkpoint); counts and snapshot-number check {seeding.CheckElapsed.TotalSeconds:0.0} s; database {seeding.DatabaseBytes / 1e9:0.00} GB (free-space check estimated {seeding.EstimatedBytes / 1e9:0.00} GB with the export file)"),
            "SQLite plan, export query (EF Core's SQL): " + results.Plans[0],
            "SQLite plan, bare read: " + results.Plans[1],
            "Not verified here: the integrity journal of the copies (their hashes are the originals', so the chain is broken past the real invoices; the export does not read it). All copies are for one customer and dated like the real invoices (one day), their numbers are longer (`F…-k`)",
        ];
        return new BenchmarkReport(Invariant($"FEC export from the database of {entries:N0} invoices (AccountingExportService)"), setup, rows, findings);
    }

    private static List<FecDatabaseSample> Steady(FecDatabaseExportRun export) =>
        export.Samples.Where(s => s.FileBytes * 10 >= export.FileBytes).ToList();

    // The last sample is taken when the export returns, maybe a few milliseconds after a timer's: too short an interval for a rate.
    private static IEnumerable<double> Rates(List<FecDatabaseSample> samples) =>
        samples.Zip(samples.Skip(1))
            .Where(pair => pair.Second.Elapsed - pair.First.Elapsed >= FecDatabaseSampler.Interval / 2)
            .Select(pair => (pair.Second.FileBytes - pair.First.FileBytes) / Mebibyte / (pair.Second.Elapsed - pair.First.Elapsed).TotalSeconds);

    private static string Tenths(FecDatabaseExportRun export) => string.Join("; ", Enumerable.Range(1, 10).Select(tenth =>
    {
        var sample = export.Samples.First(s => s.FileBytes * 10 >= export.FileBytes * tenth);
        return Invariant($"{tenth * 10} % at {sample.Elapsed.TotalSeconds:0.0} s: heap {sample.ManagedHeapBytes / Mebibyte:0.0}, working set {sample.WorkingSetBytes / Mebibyte:0.0} MiB");
    }));

    private static string FirstBytes(FecDatabaseExportRun export)
    {
        var first = export.Samples.FirstOrDefault(s => s.FileBytes > 0)?.Elapsed;
        return Invariant($"Start-up: first bytes in the file at {first?.TotalSeconds:0.0} s (sample resolution {FecDatabaseSampler.Interval.TotalMilliseconds:0} ms): the export streams from its first row");
    }

    private static string Flat(FecDatabaseExportRun export, List<FecDatabaseSample> steady)
    {
        var heap = (steady.Min(s => s.ManagedHeapBytes) / Mebibyte, steady.Max(s => s.ManagedHeapBytes) / Mebibyte);
        var workingSet = (steady.Min(s => s.WorkingSetBytes) / Mebibyte, steady.Max(s => s.WorkingSetBytes) / Mebibyte);
        return Invariant($"After the first 10 % ({steady.Count} samples, file from {steady[0].FileBytes / Mebibyte:0} to {export.FileBytes / Mebibyte:0} MiB): managed heap min {heap.Item1:0.0} / max {heap.Item2:0.0} MiB, working set min {workingSet.Item1:0.0} / max {workingSet.Item2:0.0} MiB; before the export started: heap {export.Samples[0].ManagedHeapBytes / Mebibyte:0.0} MiB, working set {export.Samples[0].WorkingSetBytes / Mebibyte:0.0} MiB");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
