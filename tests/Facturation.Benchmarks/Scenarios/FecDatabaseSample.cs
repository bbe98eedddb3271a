namespace Facturation.Benchmarks.Scenarios;

/// <summary>One sample taken while the export runs.</summary>
/// <param name="Elapsed">Time since the export started.</param>
/// <param name="ManagedHeapBytes">GC.GetTotalMemory(false): no forced collection.</param>
/// <param name="WorkingSetBytes">Environment.WorkingSet.</param>
/// <param name="FileBytes">Bytes in the export folder so far (the plugin's <c>.tmp</c> file, then the renamed file).</param>
internal sealed record FecDatabaseSample(TimeSpan Elapsed, long ManagedHeapBytes, long WorkingSetBytes, long FileBytes);
