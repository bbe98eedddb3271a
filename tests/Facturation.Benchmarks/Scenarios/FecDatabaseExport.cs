using System.Diagnostics;
using Facturation.Application.Accounting;
using Facturation.Benchmarks.Running;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// The measured call: the host's <see cref="AccountingExportService"/> exports fiscal year 2026 of the seeded
/// company to FEC (SQLite read in journal order, snapshots deserialised, ledger entries built, the loaded France
/// plugin writing a <c>.tmp</c> file renamed at the end), while <see cref="FecDatabaseSampler"/> records memory.
/// </summary>
internal static class FecDatabaseExport
{
    public static readonly DateOnly FiscalYearStart = new(2026, 1, 1);
    public static readonly DateOnly FiscalYearEnd = new(2026, 12, 31);

    public static async Task<FecDatabaseExportRun> RunAsync(FecDatabaseApp app, string folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        var service = app.Get<AccountingExportService>();
        var input = new AccountingExportInput(FecDatabaseInvoices.CompanyCode, "fec", FiscalYearEnd, folder) { FiscalYearStart = FiscalYearStart };
        var gen0 = GC.CollectionCount(0);
        var gen2 = GC.CollectionCount(2);
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        await using var sampler = new FecDatabaseSampler(folder);
        var started = Stopwatch.GetTimestamp();
        var outcome = await service.ExportAsync(input, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var samples = await sampler.StopAsync();
        gen0 = GC.CollectionCount(0) - gen0;
        gen2 = GC.CollectionCount(2) - gen2;
        allocated = GC.GetTotalAllocatedBytes(precise: false) - allocated;
        if (!outcome.Succeeded)
            throw new BenchmarkAbortedException($"The export was refused: {string.Join("; ", outcome.Problems)}");
        var summary = outcome.Value!;
        return new FecDatabaseExportRun(elapsed, summary.Entries, Path.GetFileName(summary.Path), new FileInfo(summary.Path).Length,
            await CountLinesAsync(summary.Path, cancellationToken), samples, gen0, gen2, allocated);
    }

    private static async Task<long> CountLinesAsync(string path, CancellationToken cancellationToken)
    {
        var buffer = new byte[1 << 20];
        long lines = 0;
        await using var file = File.OpenRead(path);
        int read;
        while ((read = await file.ReadAsync(buffer, cancellationToken)) > 0)
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        return lines;
    }
}
