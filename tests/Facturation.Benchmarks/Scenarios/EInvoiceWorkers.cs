using System.Diagnostics;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// Runs one pass over the documents with a number of workers started together, each taking the next document until
/// all are done; measures the wall clock, the bytes produced and the allocations of the pass.
/// </summary>
internal static class EInvoiceWorkers
{
    /// <param name="workers">Concurrent workers (thread-pool tasks).</param>
    /// <param name="count">Documents in the pass.</param>
    /// <param name="produce">Handles document <c>i</c>; returns the bytes it produced, throws when the result is wrong.</param>
    public static async Task<EInvoicePass> RunAsync(int workers, int count, Func<int, long> produce)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var next = -1;
        long bytes = 0;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(() =>
        {
            long produced = 0;
            int index;
            while ((index = Interlocked.Increment(ref next)) < count)
                produced += produce(index);
            Interlocked.Add(ref bytes, produced);
        })));
        var elapsed = Stopwatch.GetElapsedTime(started);
        return new EInvoicePass(count, elapsed, bytes, GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore);
    }
}
