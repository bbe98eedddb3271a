using System.Globalization;
using Facturation.Benchmarks.Reporting;
using Facturation.Benchmarks.Running;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// Issue 3: issuing 10-line invoices with durable commits (WAL, synchronous=FULL), by 1 issuer and by 8 concurrent
/// issuers, through the real <c>IssueService</c> with the bundled plugins; floor 1,000 invoices/s with 8 issuers.
/// The baseline, measured in the same run on the same disk, is a bare SQLite INSERT + COMMIT loop: the fsync cost
/// that one transaction per issue could not beat.
/// </summary>
internal sealed class IssueScenario : IBenchmarkScenario
{
    public const int ConcurrentIssuers = 8;

    public string Name => "issue";

    public string Description => "issuing 10-line invoices, 1 and 8 issuers, durable commits, against a bare SQLite commit loop";

    public async Task<BenchmarkReport> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.Options;
        await context.Progress.WriteLineAsync(Invariant($"issue: {options.Invoices} invoices per run, {options.Warmups} warm-up run(s), {options.Runs} measured run(s) of each case"));
        for (var i = 0; i < options.Warmups; i++)
            await RunCasesAsync(options.Invoices, new IssueSamples(), cancellationToken);

        var samples = new IssueSamples();
        for (var i = 0; i < options.Runs; i++)
        {
            await RunCasesAsync(options.Invoices, samples, cancellationToken);
            await context.Progress.WriteLineAsync(Invariant(
                $"  run {i + 1}/{options.Runs}: baseline {samples.BaselineCommitsPerSecond[^1]:0} commits/s, 1 issuer {samples.SingleIssuerThroughput[^1]:0} invoices/s, {ConcurrentIssuers} issuers {samples.ConcurrentThroughput[^1]:0} invoices/s"));
        }
        return IssueReport.Create(context, samples, ConcurrentIssuers);
    }

    private static async Task RunCasesAsync(int invoices, IssueSamples samples, CancellationToken cancellationToken)
    {
        var (commitsPerSecond, commitLatencies) = await SqliteCommitBaseline.RunAsync(invoices, cancellationToken);
        samples.BaselineCommitsPerSecond.Add(commitsPerSecond);
        samples.BaselineLatencies.AddRange(commitLatencies);

        var single = await IssueRound.RunAsync(1, invoices, cancellationToken);
        samples.SingleIssuerThroughput.Add(single.InvoicesPerSecond);
        samples.SingleIssuerLatencies.AddRange(single.LatenciesMilliseconds);
        samples.SingleIssuerCpu.Add(single.CpuMillisecondsPerInvoice);

        var concurrent = await IssueRound.RunAsync(ConcurrentIssuers, invoices, cancellationToken);
        samples.ConcurrentThroughput.Add(concurrent.InvoicesPerSecond);
        samples.ConcurrentLatencies.AddRange(concurrent.LatenciesMilliseconds);
        samples.ConcurrentCpu.Add(concurrent.CpuMillisecondsPerInvoice);
        samples.ConcurrentIssuesPerCommit.Add(concurrent.IssuesPerCommit);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
