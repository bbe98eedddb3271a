namespace Facturation.Benchmarks.Scenarios;

/// <summary>One cold <c>chromium --print-to-pdf</c>.</summary>
/// <param name="Elapsed">From process start to exit with the PDF written.</param>
/// <param name="Pdf">The PDF.</param>
/// <param name="Cpu">CPU time during the run (the reaped Chromium processes and the machine).</param>
internal sealed record RenderColdRun(TimeSpan Elapsed, byte[] Pdf, RenderCpu Cpu);
