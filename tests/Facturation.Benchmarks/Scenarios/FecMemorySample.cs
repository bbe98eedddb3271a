namespace Facturation.Benchmarks.Scenarios;

/// <summary>One sample of a pass.</summary>
/// <param name="Tenth">How many tenths of the entries were read (0 to 10).</param>
/// <param name="Elapsed">Time since the pass started.</param>
/// <param name="ManagedHeapBytes">GC.GetTotalMemory(false).</param>
/// <param name="WorkingSetBytes">The process working set.</param>
internal sealed record FecMemorySample(int Tenth, TimeSpan Elapsed, long ManagedHeapBytes, long WorkingSetBytes);
