namespace Facturation.Benchmarks.Scenarios;

/// <summary>The measured runs of the start-up scenario, in milliseconds.</summary>
internal sealed class StartupSamples
{
    public List<double> Baseline { get; } = [];

    public List<double> PluginsList { get; } = [];

    public List<double> Loader { get; } = [];

    public string HostVersion { get; set; } = "";

    public int PluginCount { get; set; }
}
