using System.Diagnostics;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>Memory and time at each tenth of a pass: managed heap (GC.GetTotalMemory(false)) and working set.</summary>
internal sealed class FecProgress
{
    private readonly long _started = Stopwatch.GetTimestamp();

    /// <summary>Samples 0 (before the first entry) to 10 (after the last).</summary>
    public List<FecMemorySample> Samples { get; } = [];

    public void Sample(int tenth) =>
        Samples.Add(new FecMemorySample(tenth, Stopwatch.GetElapsedTime(_started), GC.GetTotalMemory(forceFullCollection: false), Environment.WorkingSet));
}
