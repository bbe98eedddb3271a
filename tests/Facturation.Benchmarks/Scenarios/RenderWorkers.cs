using System.Diagnostics;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// Runs a batch of renders with a number of workers started together, each taking the next render until the batch is
/// done, and measures the batch (wall clock, each render, CPU, allocations).
/// </summary>
internal static class RenderWorkers
{
    /// <param name="workers">Concurrent workers (each a thread-pool task).</param>
    /// <param name="renders">Renders in the batch.</param>
    /// <param name="renderOnce">One render; throws when the result is wrong.</param>
    /// <param name="browserMarker">The switch of the browser whose CPU is read, or null.</param>
    /// <param name="cancellationToken">Cancels.</param>
    public static async Task<RenderRound> RunAsync(
        int workers, int renders, Func<CancellationToken, Task> renderOnce, string? browserMarker, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(renders, 1);
        var latencies = new double[renders];
        var next = -1;
        var cpuBefore = RenderCpuProbe.Read(browserMarker);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
        var started = Stopwatch.GetTimestamp();
        var tasks = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < renders)
            {
                var renderStarted = Stopwatch.GetTimestamp();
                await renderOnce(cancellationToken);
                latencies[index] = Stopwatch.GetElapsedTime(renderStarted).TotalMilliseconds;
            }
        }, cancellationToken)).ToArray();
        await Task.WhenAll(tasks);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var allocated = GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore;
        var cpu = RenderCpuProbe.Read(browserMarker) - cpuBefore;
        return new RenderRound(renders, elapsed, latencies, cpu, allocated);
    }
}
