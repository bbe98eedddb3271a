using System.Globalization;
using Facturation.Benchmarks.Measuring;
using Facturation.Benchmarks.Reporting;
using Facturation.Benchmarks.Running;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>Turns the issue samples into the report: throughput and latency rows, ratios against the baseline, the floor.</summary>
internal static class IssueReport
{
    public const double FloorInvoicesPerSecond = 1000;

    public static BenchmarkReport Create(BenchmarkContext context, IssueSamples samples, int issuers)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(samples);
        var options = context.Options;
        var baseline = SampleSummary.Of(samples.BaselineCommitsPerSecond);
        var single = SampleSummary.Of(samples.SingleIssuerThroughput);
        var concurrent = SampleSummary.Of(samples.ConcurrentThroughput);
        var singleLatency = SampleSummary.Of(samples.SingleIssuerLatencies);
        var concurrentLatency = SampleSummary.Of(samples.ConcurrentLatencies);

        string[] setup =
        [
            $"Build: {context.Layout.Configuration}; application services in-process (`IssueService`, EF Core 10 on SQLite, WAL, `synchronous=FULL`), the bundled plugins loaded from the driver's `plugins/` folder; the company uses `standard-vat` and `sequential`, and the e-invoicing plugin's EN 16931 check runs at every issue (its cost alone: `issue-check`)",
            $"Each run: a fresh database in the temp folder, {options.Invoices} drafts of {InvoiceDrafts.LinesPerInvoice} lines (4 VAT rates, 4-decimal prices, fractional quantities, line discounts) prepared unmeasured, then all issued; {options.Warmups} unmeasured warm-up run(s), then {options.Runs} measured run(s) of each case",
            $"{issuers} issuers: {issuers} tasks started together, each issuing its share of the drafts one after the other; a run's throughput is invoices / wall-clock from the first issue to the last return",
            "Latency: one `IssueAsync` call as its caller sees it, every issue of every run; CPU: the process's user + system time over the run (all threads: callers, writer, GC), divided by the invoices; commits counted from the pipeline's meter",
            "Checked after every run: every draft issued, the series counter at N, numbers 1..N distinct, N journal entries",
            "Baseline: bare `Microsoft.Data.Sqlite`, same temp folder, WAL + `synchronous=FULL`, each iteration `BEGIN IMMEDIATE`, one `INSERT` of a 4 KB row, `COMMIT`, single thread",
        ];
        ReportRow[] rows =
        [
            new("Baseline: bare SQLite INSERT + COMMIT, throughput per run", "commits/s", baseline),
            new("1 issuer, throughput per run", "invoices/s", single),
            new($"{issuers} concurrent issuers, throughput per run", "invoices/s", concurrent),
            new("Baseline: one bare commit", "ms", SampleSummary.Of(samples.BaselineLatencies)),
            new("1 issuer: one issue", "ms", singleLatency),
            new($"{issuers} concurrent issuers: one issue", "ms", concurrentLatency),
            new("1 issuer: process CPU time per invoice, per run", "ms", SampleSummary.Of(samples.SingleIssuerCpu)),
            new($"{issuers} concurrent issuers: process CPU time per invoice, per run", "ms", SampleSummary.Of(samples.ConcurrentCpu)),
            new($"{issuers} concurrent issuers: invoices per commit, per run", "invoices", SampleSummary.Of(samples.ConcurrentIssuesPerCommit)),
        ];
        string[] findings =
        [
            Invariant($"Ratio {issuers} issuers / baseline (medians): {concurrent.Median / baseline.Median:0.00}x ({concurrent.Median:0} invoices/s / {baseline.Median:0} commits/s)"),
            Invariant($"Ratio 1 issuer / baseline (medians): {single.Median / baseline.Median:0.00}x; {issuers} issuers / 1 issuer: {concurrent.Median / single.Median:0.00}x"),
            Invariant($"Latency of one issue, p50 / p99: 1 issuer {singleLatency.Median:0.00} / {singleLatency.P99:0.00} ms; {issuers} issuers {concurrentLatency.Median:0.00} / {concurrentLatency.P99:0.00} ms"),
            Floor(samples.ConcurrentThroughput, concurrent, issuers),
        ];
        return new BenchmarkReport("Issuing invoices (issue 3)", setup, rows, findings);
    }

    private static string Floor(List<double> runs, SampleSummary summary, int issuers)
    {
        var under = runs.Count(r => r < FloorInvoicesPerSecond);
        var verdict = under == 0 ? "met by every run"
            : summary.Median >= FloorInvoicesPerSecond ? $"met at the median, but {under} of {runs.Count} runs were below it"
            : "NOT met";
        return Invariant($"Floor (issue 3), {FloorInvoicesPerSecond:0} invoices/s with {issuers} issuers: {verdict} (min {summary.Min:0}, median {summary.Median:0} invoices/s)");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
