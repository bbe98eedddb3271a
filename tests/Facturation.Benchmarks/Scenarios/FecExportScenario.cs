using System.Globalization;
using Facturation.Benchmarks.Reporting;
using Facturation.Benchmarks.Running;
using Facturation.Plugins.France.Accounting;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// FEC export of a large year: N synthetic sales entries (4 lines each) made lazily and streamed through the
/// France plugin's <see cref="FecExport"/> to a temp file, memory sampled at every tenth to show it stays flat.
/// The baseline, in the same run and on the same disk, writes the same records with a bare StreamWriter.
/// </summary>
internal sealed class FecExportScenario : IBenchmarkScenario
{
    private const int WarmupEntries = 20_000;

    public string Name => "fec";

    public string Description => "FEC export of --entries N synthetic entries (default 1,000,000), streamed, against a bare StreamWriter";

    public async Task<BenchmarkReport> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var entries = context.Options.Entries;
        var folder = Directory.CreateTempSubdirectory("facturation-fec-").FullName;
        try
        {
            var export = new FecExport();
            var path = Path.Combine(folder, export.GetFileName(FecSyntheticLedger.Request));
            await context.Progress.WriteLineAsync(Invariant($"fec: {entries} entries to {path}, {context.Options.Warmups} warm-up pass(es) of {WarmupEntries} entries each"));
            for (var i = 0; i < context.Options.Warmups; i++)
            {
                await RunBaselineAsync(new FecSyntheticLedger(WarmupEntries), path, cancellationToken);
                await RunExportAsync(export, new FecSyntheticLedger(WarmupEntries), path, cancellationToken);
            }

            var ledger = new FecSyntheticLedger(entries);
            var baseline = await RunBaselineAsync(ledger, path, cancellationToken);
            await context.Progress.WriteLineAsync(Invariant($"  baseline: {baseline.Elapsed.TotalSeconds:0.00} s, {baseline.FileBytes} bytes"));
            var measured = await RunExportAsync(export, ledger, path, cancellationToken);
            await context.Progress.WriteLineAsync(Invariant($"  export: {measured.Elapsed.TotalSeconds:0.00} s, {measured.FileBytes} bytes"));
            Check(measured, entries, "export");
            Check(baseline, entries, "baseline");
            return FecReport.Create(context, entries, measured, baseline);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<FecPass> RunExportAsync(FecExport export, FecSyntheticLedger ledger, string path, CancellationToken cancellationToken)
    {
        File.Delete(path);
        return await FecPass.RunAsync(path, async (progress, output, token) =>
            await export.WriteAsync(FecSyntheticLedger.Request, ledger.ReadAsync(progress, token), output, token), cancellationToken);
    }

    private static async Task<FecPass> RunBaselineAsync(FecSyntheticLedger ledger, string path, CancellationToken cancellationToken)
    {
        File.Delete(path);
        return await FecPass.RunAsync(path, (progress, output, token) =>
            FecBareWriter.WriteAsync(ledger.ReadAsync(progress, token), output, token), cancellationToken);
    }

    private static void Check(FecPass pass, int entries, string what)
    {
        var expected = 1 + ((long)entries * FecSyntheticLedger.LinesPerEntry);
        if (pass.Lines != expected)
            throw new BenchmarkAbortedException(Invariant($"The {what} file has {pass.Lines} lines; expected {expected} (header + {FecSyntheticLedger.LinesPerEntry} per entry)."));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
