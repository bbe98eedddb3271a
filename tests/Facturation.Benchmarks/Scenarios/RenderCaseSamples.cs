namespace Facturation.Benchmarks.Scenarios;

/// <summary>Everything measured for one case over the measured rounds.</summary>
internal sealed class RenderCaseSamples
{
    /// <summary>Renders per second, one sample per round.</summary>
    public List<double> PerSecond { get; } = [];

    /// <summary>Each render, every round, in milliseconds.</summary>
    public List<double> LatenciesMs { get; } = [];

    /// <summary>Machine-wide busy CPU time per render, one sample per round, in milliseconds.</summary>
    public List<double> MachineCpuPerRenderMs { get; } = [];

    /// <summary>.NET process CPU time per render, one sample per round, in milliseconds.</summary>
    public List<double> DriverCpuPerRenderMs { get; } = [];

    /// <summary>Where the plain page's time goes: SetContentAsync and PdfAsync, each render, in milliseconds.</summary>
    public List<double> SetContentMs { get; } = [];

    /// <summary>PdfAsync, each render, in milliseconds.</summary>
    public List<double> PrintMs { get; } = [];

    /// <summary>CPU over every measured round.</summary>
    public RenderCpu Cpu { get; private set; }

    public long Renders { get; private set; }

    public double Seconds { get; private set; }

    public long AllocatedBytes { get; private set; }

    /// <summary>Renders per second over every measured round together.</summary>
    public double OverallPerSecond => Renders / Seconds;

    public RenderCpu CpuPerRender => new(
        Cpu.DriverMs / Renders, Cpu.NodeMs / Renders, Cpu.BrowserMs / Renders, Cpu.RendererMs / Renders, Cpu.GpuMs / Renders, Cpu.UtilityMs / Renders,
        Cpu.ReapedChildrenMs / Renders, Cpu.MachineBusyMs / Renders);

    /// <summary>Share of the machine's cores busy during the case, 0-1.</summary>
    public double MachineUtilisation => Cpu.MachineBusyMs / (Seconds * 1000 * Environment.ProcessorCount);

    public void Add(RenderRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        PerSecond.Add(round.PerSecond);
        LatenciesMs.AddRange(round.LatenciesMs);
        MachineCpuPerRenderMs.Add(round.Cpu.MachineBusyMs / round.Renders);
        DriverCpuPerRenderMs.Add(round.Cpu.DriverMs / round.Renders);
        Cpu += round.Cpu;
        Renders += round.Renders;
        Seconds += round.Elapsed.TotalSeconds;
        AllocatedBytes += round.AllocatedBytes;
    }
}
