using System.Diagnostics;
using System.Globalization;
using Facturation.Benchmarks.Reporting;
using Facturation.Benchmarks.Running;
using Facturation.Plugins.France.Accounting;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// FEC export of a large year from the database, end to end: ~1,000 invoices issued through the real application,
/// multiplied with SQL up to N (set-up, timed apart), then <c>AccountingExportService.ExportAsync</c> measured with
/// memory sampled every 250 ms. Baselines in the same run: a bare SQLite read of the same rows (before and after
/// the export, for the page cache) and the plugin's writer alone on N synthetic entries.
/// </summary>
internal sealed class FecDatabaseScenario : IBenchmarkScenario
{
    public const int RealInvoices = 1000;

    public string Name => "fec-db";

    public string Description => "FEC export from SQLite through AccountingExportService, --entries N issued invoices (default 1,000,000), against a bare read";

    public async Task<BenchmarkReport> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var entries = context.Options.Entries;
        var progress = context.Progress;
        await using var app = await FecDatabaseApp.StartAsync(cancellationToken);
        await progress.WriteLineAsync(Invariant($"fec-db: {entries:N0} entries in {app.DatabasePath}"));
        var seeding = await SeedAsync(app, Math.Min(RealInvoices, entries), entries, progress, cancellationToken);
        var companyId = seeding.CompanyId;
        var folder = Directory.CreateDirectory(Path.Combine(app.Folder, "export")).FullName;

        var readBefore = await BareReadAsync(app, companyId, entries, "bare read", progress, cancellationToken);
        // Start the measurement from a collected heap, so the samples show the export's own memory.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var export = await FecDatabaseExport.RunAsync(app, folder, cancellationToken);
        await progress.WriteLineAsync(Invariant($"  export: {export.Elapsed.TotalSeconds:0.00} s, {export.Entries:N0} entries, {export.FileBytes:N0} bytes, {export.Lines:N0} lines"));
        if (export.Entries != entries || export.Lines != seeding.ExpectedLines)
        {
            throw new BenchmarkAbortedException(Invariant(
                $"The export wrote {export.Entries:N0} entries and {export.Lines:N0} lines; expected {entries:N0} entries and {seeding.ExpectedLines:N0} lines (header + one per ledger line)."));
        }
        var readAfter = await BareReadAsync(app, companyId, entries, "bare read after the export", progress, cancellationToken);
        File.Delete(Path.Combine(folder, export.FileName));

        var writer = await PluginWriterAsync(entries, folder, progress, cancellationToken);
        string[] plans =
        [
            await FecDatabaseQueryPlan.DescribeAsync(app.DatabasePath, companyId, FecDatabaseQueryPlan.ExportSql, cancellationToken),
            await FecDatabaseQueryPlan.DescribeAsync(app.DatabasePath, companyId, FecDatabaseBareRead.Sql, cancellationToken),
        ];
        return FecDatabaseReport.Create(context, new FecDatabaseResults(entries, seeding, export, readBefore, readAfter, writer, plans));
    }

    private static async Task<FecDatabaseSeeding> SeedAsync(FecDatabaseApp app, int real, int entries, TextWriter progress, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var companyId = await FecDatabaseInvoices.IssueAsync(app, real, cancellationToken);
        var issueElapsed = Stopwatch.GetElapsedTime(started);
        await progress.WriteLineAsync(Invariant($"  seed: {real:N0} invoices issued in {issueElapsed.TotalSeconds:0.0} s"));

        var expectedLines = await FecDatabaseExpectedLines.CountAsync(app.DatabasePath, companyId, real, entries, cancellationToken);
        var estimated = await FecDatabaseDisk.EnsureRoomAsync(app.DatabasePath, companyId, entries, expectedLines, cancellationToken);
        await progress.WriteLineAsync(Invariant($"  seed: about {estimated / 1e9:0.0} GB of database and export file expected; copying up to {entries:N0} in one transaction"));

        started = Stopwatch.GetTimestamp();
        await FecDatabaseCopies.MultiplyAsync(app.DatabasePath, companyId, real, entries, cancellationToken);
        var copyElapsed = Stopwatch.GetElapsedTime(started);
        started = Stopwatch.GetTimestamp();
        var counts = await FecDatabaseCopies.CheckAsync(app.DatabasePath, companyId, cancellationToken);
        var checkElapsed = Stopwatch.GetElapsedTime(started);
        await progress.WriteLineAsync(Invariant($"  seed: copies in {copyElapsed.TotalSeconds:0.0} s, checked in {checkElapsed.TotalSeconds:0.0} s: {counts}, database {app.DatabaseBytes / 1e9:0.00} GB"));
        if (counts.JournalEntries != entries || counts.LastSequence != entries || counts.IssuedDocuments != entries || counts.SnapshotsWithoutTheirNumber != 0)
            throw new BenchmarkAbortedException(Invariant($"Seeding did not give {entries:N0} issued invoices numbered 1..{entries:N0} in the journal, each snapshot with its own number: {counts}."));
        return new FecDatabaseSeeding(companyId, real, issueElapsed, copyElapsed, checkElapsed, estimated, app.DatabaseBytes, counts, expectedLines);
    }

    private static async Task<FecDatabaseBareReadRun> BareReadAsync(
        FecDatabaseApp app, string companyId, int entries, string what, TextWriter progress, CancellationToken cancellationToken)
    {
        var read = await FecDatabaseBareRead.RunAsync(app.DatabasePath, companyId, cancellationToken);
        await progress.WriteLineAsync(Invariant($"  {what}: {read.Elapsed.TotalSeconds:0.00} s, {read.Rows:N0} rows, {read.Characters:N0} characters"));
        if (read.Rows != entries)
            throw new BenchmarkAbortedException(Invariant($"The {what} found {read.Rows:N0} rows; expected {entries:N0}."));
        return read;
    }

    private static async Task<FecPass> PluginWriterAsync(int entries, string folder, TextWriter progress, CancellationToken cancellationToken)
    {
        var export = new FecExport();
        var ledger = new FecSyntheticLedger(entries);
        var path = Path.Combine(folder, "synthetic.txt");
        var pass = await FecPass.RunAsync(path, async (sampled, output, token) =>
            await export.WriteAsync(FecSyntheticLedger.Request, ledger.ReadAsync(sampled, token), output, token), cancellationToken);
        File.Delete(path);
        await progress.WriteLineAsync(Invariant($"  plugin writer alone (synthetic entries): {pass.Elapsed.TotalSeconds:0.00} s, {pass.FileBytes:N0} bytes"));
        var expected = 1 + ((long)entries * FecSyntheticLedger.LinesPerEntry);
        if (pass.Lines != expected)
            throw new BenchmarkAbortedException(Invariant($"The synthetic writer's file has {pass.Lines:N0} lines; expected {expected:N0}."));
        return pass;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
