using System.Diagnostics;
using Facturation.Benchmarks.Measuring;
using Facturation.Benchmarks.Running;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// One measured run: a fresh database with its drafts, then the drafts issued by concurrent issuers (each issuing
/// its share one after the other, like separate callers), timing the whole run and every single issue.
/// </summary>
/// <param name="Issuers">How many callers issue at once.</param>
/// <param name="Elapsed">Wall-clock time from the first issue's start to the last one's return.</param>
/// <param name="LatenciesMilliseconds">The time of each issue, as its caller saw it.</param>
/// <param name="ProcessorTime">CPU time of the whole process (every thread) over <paramref name="Elapsed"/>.</param>
/// <param name="Commits">Database commits the issuing pipeline made.</param>
internal sealed record IssueRound(int Issuers, TimeSpan Elapsed, IReadOnlyList<double> LatenciesMilliseconds, TimeSpan ProcessorTime, long Commits)
{
    public double InvoicesPerSecond => LatenciesMilliseconds.Count / Elapsed.TotalSeconds;

    public double CpuMillisecondsPerInvoice => ProcessorTime.TotalMilliseconds / LatenciesMilliseconds.Count;

    public double IssuesPerCommit => (double)LatenciesMilliseconds.Count / Commits;

    public static async Task<IssueRound> RunAsync(int issuers, int invoices, CancellationToken cancellationToken, IReadOnlyList<string>? disabledPlugins = null)
    {
        await using var app = await IssuingApp.StartAsync(cancellationToken, disabledPlugins);
        var drafts = await InvoiceDrafts.CreateAsync(app, invoices, cancellationToken);
        var issuing = app.Issuing;
        var shares = drafts.Chunk((drafts.Count + issuers - 1) / issuers).ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = shares.Select(share => Task.Run(async () =>
        {
            await start.Task;
            var latencies = new List<double>(share.Length);
            foreach (var id in share)
            {
                var began = Stopwatch.GetTimestamp();
                var outcome = await issuing.IssueAsync(id, cancellationToken);
                latencies.Add(Stopwatch.GetElapsedTime(began).TotalMilliseconds);
                if (!outcome.Succeeded)
                    throw new BenchmarkAbortedException($"Issue of {id} refused: {string.Join("; ", outcome.Problems)}");
            }
            return latencies;
        }, cancellationToken)).ToList();
        using var commits = new CommitCounter();
        var processorTime = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        start.SetResult();
        var all = (await Task.WhenAll(tasks)).SelectMany(l => l).ToList();
        var elapsed = Stopwatch.GetElapsedTime(started);
        processorTime = Process.GetCurrentProcess().TotalProcessorTime - processorTime;
        await IssueRunCheck.AllIssuedAsync(app, invoices, cancellationToken);
        return new IssueRound(issuers, elapsed, all, processorTime, commits.Commits);
    }
}
