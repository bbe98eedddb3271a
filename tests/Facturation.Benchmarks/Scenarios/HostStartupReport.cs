using System.Globalization;
using Facturation.Benchmarks.Measuring;
using Facturation.Benchmarks.Reporting;
using Facturation.Benchmarks.Running;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>Turns the start-up samples into the report: table, ratio against the baseline, goal.</summary>
internal static class HostStartupReport
{
    public static BenchmarkReport Create(BenchmarkContext context, StartupSamples samples, double goalMilliseconds)
    {
        var baseline = SampleSummary.Of(samples.Baseline);
        var pluginsList = SampleSummary.Of(samples.PluginsList);
        var loader = SampleSummary.Of(samples.Loader);
        var layout = context.Layout;
        var options = context.Options;

        string[] setup =
        [
            $"Host: `facturation` {samples.HostVersion}, {layout.Configuration} build, `{layout.Relative(layout.HostExecutable)}`",
            $"Runs: {options.Warmups} unmeasured warm-up pair(s), then {options.Runs} runs of each command, interleaved (order alternates every pair)",
            "Time: wall-clock per process, from `Process.Start` to exit with stdout and stderr drained",
            $"Checked on every run: exit code 0; `plugins list --json` lists {string.Join(" and ", StartupRunCheck.BundledPlugins.Select(id => $"`{id}`"))} as loaded and logs `Plugins loaded: {samples.PluginCount} of {samples.PluginCount}`",
        ];
        ReportRow[] rows =
        [
            new("`facturation --version` (baseline: runtime + System.CommandLine, no host)", "ms", baseline),
            new($"`facturation plugins list --json` (host built, {samples.PluginCount} plugins loaded, JSON printed, exit)", "ms", pluginsList),
            new("Plugin loading inside that process (its `Plugins loaded ... in Z ms` log line)", "ms", loader),
        ];
        string[] findings =
        [
            Invariant($"Ratio plugins list / baseline (medians): {pluginsList.Median / baseline.Median:0.00}x ({pluginsList.Median:0.0} ms / {baseline.Median:0.0} ms); the host and plugins add {pluginsList.Median - baseline.Median:0.0} ms to a bare start"),
            Invariant($"In-process plugin loading, median: {loader.Median:0.0} ms ({100 * loader.Median / pluginsList.Median:0}% of the plugins list median)"),
            Goal(samples.PluginsList.Count(ms => ms >= goalMilliseconds), pluginsList, goalMilliseconds),
        ];
        return new BenchmarkReport("Host start-up to plugins loaded (issue 2)", setup, rows, findings);
    }

    private static string Goal(int over, SampleSummary summary, double goalMilliseconds)
    {
        var verdict = over == 0 ? "met by every run"
            : summary.Median < goalMilliseconds ? $"met at the median, but {over} of {summary.Count} runs took 1 s or more"
            : "not met";
        return Invariant($"Goal (issue 2), start-up to plugins loaded under {goalMilliseconds:0} ms: {verdict} (median {summary.Median:0.0} ms, max {summary.Max:0.0} ms)");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
