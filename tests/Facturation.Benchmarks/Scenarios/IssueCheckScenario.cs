using System.Diagnostics;
using System.Globalization;
using Facturation.Application.Plugins;
using Facturation.Benchmarks.Reporting;
using Facturation.Benchmarks.Running;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// Issue 12: what the issue-time e-invoice check costs. The issue scenario's runs (1 and 8 issuers, 10-line invoices)
/// made alternately with the e-invoicing plugin loaded (its EN 16931 check runs before every number is taken) and
/// disabled (no check), so both see the same machine load; plus the check alone, called on an issued snapshot.
/// </summary>
internal sealed class IssueCheckScenario : IBenchmarkScenario
{
    public const string EInvoicingPlugin = "Facturation.Plugins.EInvoicing";

    /// <summary>Calls of the check alone per measured run.</summary>
    public const int DirectChecks = 20_000;

    public string Name => "issue-check";

    public string Description => "the issue-time EN 16931 check: issuing with the e-invoicing plugin loaded vs disabled, 1 and 8 issuers, and the check alone";

    public async Task<BenchmarkReport> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.Options;
        await context.Progress.WriteLineAsync(Invariant($"issue-check: {options.Invoices} invoices per run, {options.Warmups} warm-up run(s), {options.Runs} measured run(s) of each case"));
        for (var i = 0; i < options.Warmups; i++)
            await RunCasesAsync(options.Invoices, new IssueCheckSamples(), cancellationToken);
        var samples = new IssueCheckSamples();
        for (var i = 0; i < options.Runs; i++)
        {
            await RunCasesAsync(options.Invoices, samples, cancellationToken);
            await context.Progress.WriteLineAsync(Invariant(
                $"  run {i + 1}/{options.Runs}: 8 issuers {samples.Concurrent.Checked[^1]:0} invoices/s checked, {samples.Concurrent.Unchecked[^1]:0} unchecked; check alone {samples.DirectMicroseconds[^1]:0.0} µs"));
        }
        return IssueCheckReport.Create(context, samples);
    }

    private static async Task RunCasesAsync(int invoices, IssueCheckSamples samples, CancellationToken cancellationToken)
    {
        // Alternate the order so neither case always runs on a warmer disk cache.
        var checkedFirst = samples.Concurrent.Checked.Count % 2 == 0;
        foreach (var issuers in new[] { 1, IssueScenario.ConcurrentIssuers })
        {
            var pair = issuers == 1 ? samples.Single : samples.Concurrent;
            foreach (var withCheck in checkedFirst ? new[] { true, false } : [false, true])
            {
                var round = await IssueRound.RunAsync(issuers, invoices, cancellationToken, withCheck ? null : [EInvoicingPlugin]);
                pair.Add(withCheck, round);
            }
        }
        samples.DirectMicroseconds.Add(await DirectCheckAsync(cancellationToken));
    }

    /// <summary>Microseconds per call of the loaded check on a freshly issued 10-line invoice's snapshot.</summary>
    private static async Task<double> DirectCheckAsync(CancellationToken cancellationToken)
    {
        await using var app = await IssuingApp.StartAsync(cancellationToken);
        var draft = (await InvoiceDrafts.CreateAsync(app, 1, cancellationToken))[0];
        var issued = (await app.Issuing.IssueAsync(draft, cancellationToken)).GetValueOrThrow();
        var check = app.Get<ExtensionRegistry>().EInvoiceIssueChecks.Single();
        var request = new EInvoiceIssueCheckRequest(issued.Snapshot with { Document = issued.Snapshot.Document with { Number = null } });
        if (check.Check(request).Count > 0)
            throw new BenchmarkAbortedException("The issued invoice's snapshot breaks the check it passed at issue.");
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < DirectChecks; i++)
            _ = check.Check(request);
        return Stopwatch.GetElapsedTime(started).TotalMicroseconds / DirectChecks;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
