using System.Globalization;
using Facturation.Benchmarks.Measuring;
using Facturation.Benchmarks.Reporting;
using Facturation.Benchmarks.Running;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>Turns the issue-check samples into the report: each case with and without the check, and the relative cost.</summary>
internal static class IssueCheckReport
{
    public static BenchmarkReport Create(BenchmarkContext context, IssueCheckSamples samples)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(samples);
        var options = context.Options;
        var issuers = IssueScenario.ConcurrentIssuers;
        string[] setup =
        [
            $"Build: {context.Layout.Configuration}; the issue scenario's set-up (`IssueService`, SQLite WAL, `synchronous=FULL`, {options.Invoices} drafts of {InvoiceDrafts.LinesPerInvoice} lines per run, fresh database each run)",
            $"Checked: every bundled plugin loaded, so `Facturation.Plugins.EInvoicing`'s `IEInvoiceIssueCheck` (EN 16931 rules, no XML, no schema) runs on each priced draft before its number is taken; unchecked: the same with `Plugins:Disabled` = `{IssueCheckScenario.EInvoicingPlugin}`",
            $"{options.Warmups} unmeasured warm-up run(s), then {options.Runs} measured run(s); in each run 1 issuer then {issuers} issuers, checked and unchecked alternately first",
            $"Check alone: {IssueCheckScenario.DirectChecks:N0} calls of the loaded check on a freshly issued 10-line invoice's snapshot (number removed, as at issue), per run",
        ];
        var single = samples.Single;
        var concurrent = samples.Concurrent;
        ReportRow[] rows =
        [
            new("1 issuer, with the check, throughput per run", "invoices/s", SampleSummary.Of(single.Checked)),
            new("1 issuer, without the check, throughput per run", "invoices/s", SampleSummary.Of(single.Unchecked)),
            new($"{issuers} issuers, with the check, throughput per run", "invoices/s", SampleSummary.Of(concurrent.Checked)),
            new($"{issuers} issuers, without the check, throughput per run", "invoices/s", SampleSummary.Of(concurrent.Unchecked)),
            new("1 issuer, with the check: one issue", "ms", SampleSummary.Of(single.CheckedLatencies)),
            new("1 issuer, without the check: one issue", "ms", SampleSummary.Of(single.UncheckedLatencies)),
            new($"{issuers} issuers, with the check: process CPU time per invoice, per run", "ms", SampleSummary.Of(concurrent.CheckedCpu)),
            new($"{issuers} issuers, without the check: process CPU time per invoice, per run", "ms", SampleSummary.Of(concurrent.UncheckedCpu)),
            new("The check alone, one call on a 10-line invoice", "µs", SampleSummary.Of(samples.DirectMicroseconds)),
        ];
        string[] findings =
        [
            Ratio("1 issuer", single),
            Ratio($"{issuers} issuers", concurrent),
            Invariant($"CPU per invoice with {issuers} issuers (medians): {SampleSummary.Of(concurrent.CheckedCpu).Median:0.000} ms checked, {SampleSummary.Of(concurrent.UncheckedCpu).Median:0.000} ms unchecked; the check alone {SampleSummary.Of(samples.DirectMicroseconds).Median:0.0} µs"),
        ];
        return new BenchmarkReport("Issue-time e-invoice check (issue 12)", setup, rows, findings);
    }

    private static string Ratio(string label, IssueCheckSamples.CheckedPair pair)
    {
        var with = SampleSummary.Of(pair.Checked).Median;
        var without = SampleSummary.Of(pair.Unchecked).Median;
        return Invariant($"{label}: {with:0} invoices/s checked vs {without:0} unchecked (medians), {(with / without - 1) * 100:+0.0;-0.0} %");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
