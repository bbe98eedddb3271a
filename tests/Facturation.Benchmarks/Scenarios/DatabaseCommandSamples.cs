using System.Globalization;
using System.Text.RegularExpressions;
using Facturation.Benchmarks.Running;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>The measured runs of the dbcommand scenario, in milliseconds, and what the verbose runs said of themselves.</summary>
internal sealed partial class DatabaseCommandSamples
{
    public List<double> Baseline { get; } = [];

    public List<double> CompanyList { get; } = [];

    public List<double> CompanyCreate { get; } = [];

    public List<double> PluginLoading { get; } = [];

    /// <summary>The last verbose run's start-up timeline (wall clock, CPU and JIT at each step since the process started).</summary>
    public string Timeline { get; private set; } = "";

    public void AddVerbose(string companyListStandardError, string pluginsListStandardError)
    {
        var standardError = companyListStandardError;
        var plugins = PluginsLoadedLine.Find(pluginsListStandardError)
            ?? throw new BenchmarkAbortedException("`plugins list --verbose` printed no 'Plugins loaded: X of Y in Z ms' line:" + Environment.NewLine + pluginsListStandardError);
        PluginLoading.Add(plugins.ElapsedMilliseconds);
        var timeline = TimelineLine().Match(standardError);
        if (!timeline.Success)
            throw new BenchmarkAbortedException("`company list --verbose` printed no start-up timeline:" + Environment.NewLine + standardError);
        Timeline = timeline.Groups["steps"].Value.Trim();
    }

    [GeneratedRegex(@"Timeline since the process started: (?<steps>[^\r\n]+)", RegexOptions.CultureInvariant)]
    private static partial Regex TimelineLine();

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
