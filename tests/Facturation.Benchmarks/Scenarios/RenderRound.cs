namespace Facturation.Benchmarks.Scenarios;

/// <summary>One measured batch of renders of one case.</summary>
/// <param name="Renders">Renders in the batch.</param>
/// <param name="Elapsed">Wall-clock time from the first render started to the last one finished.</param>
/// <param name="LatenciesMs">Each render as its caller saw it.</param>
/// <param name="Cpu">CPU time spent during the batch.</param>
/// <param name="AllocatedBytes">Managed bytes allocated by the .NET process during the batch.</param>
internal sealed record RenderRound(int Renders, TimeSpan Elapsed, IReadOnlyList<double> LatenciesMs, RenderCpu Cpu, long AllocatedBytes)
{
    public double PerSecond => Renders / Elapsed.TotalSeconds;
}
