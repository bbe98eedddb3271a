using System.Globalization;
using Facturation.Benchmarks.Measuring;
using Facturation.Benchmarks.Reporting;
using Facturation.Benchmarks.Running;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// Issue 2: host start-up to "plugins loaded" with the bundled plugins, goal under 1 s.
/// <c>facturation plugins list --json</c> builds the host and loads every plugin, then exits;
/// <c>facturation --version</c> (runtime + System.CommandLine only) is the baseline measured in the same run.
/// </summary>
internal sealed class HostStartupScenario : IBenchmarkScenario
{
    private const double GoalMilliseconds = 1000;
    private static readonly string[] BaselineArguments = ["--version"];
    // --verbose: a normal run prints no log line, and the loader's own timing is read from its log line.
    private static readonly string[] PluginsListArguments = ["plugins", "list", "--json", "--verbose"];

    public string Name => "startup";

    public string Description => "host start-up to 'plugins loaded' (plugins list --json) against --version";

    public async Task<BenchmarkReport> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var host = context.Layout.RequireHostExecutable();
        var options = context.Options;
        await context.Progress.WriteLineAsync($"startup: {host}, {options.Warmups} warm-up pair(s), {options.Runs} measured pair(s)");

        var discarded = new StartupSamples();
        for (var i = 0; i < options.Warmups; i++)
            await RunPairAsync(host, baselineFirst: true, discarded, cancellationToken);

        var samples = new StartupSamples();
        for (var i = 0; i < options.Runs; i++)
        {
            // Alternate the order (A B, B A, ...) so drift and "who runs second" bias hit both commands alike.
            await RunPairAsync(host, baselineFirst: i % 2 == 0, samples, cancellationToken);
            await context.Progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  run {i + 1}/{options.Runs}: --version {samples.Baseline[^1]:0.0} ms, plugins list {samples.PluginsList[^1]:0.0} ms (loader {samples.Loader[^1]:0.0} ms)"));
        }
        return HostStartupReport.Create(context, samples, GoalMilliseconds);
    }

    private static async Task RunPairAsync(string host, bool baselineFirst, StartupSamples samples, CancellationToken cancellationToken)
    {
        if (baselineFirst)
        {
            await RunBaselineAsync(host, samples, cancellationToken);
            await RunPluginsListAsync(host, samples, cancellationToken);
        }
        else
        {
            await RunPluginsListAsync(host, samples, cancellationToken);
            await RunBaselineAsync(host, samples, cancellationToken);
        }
    }

    private static async Task RunBaselineAsync(string host, StartupSamples samples, CancellationToken cancellationToken)
    {
        var run = await ProcessTimer.RunAsync(host, BaselineArguments, cancellationToken);
        samples.HostVersion = StartupRunCheck.Baseline(run);
        samples.Baseline.Add(run.Elapsed.TotalMilliseconds);
    }

    private static async Task RunPluginsListAsync(string host, StartupSamples samples, CancellationToken cancellationToken)
    {
        var run = await ProcessTimer.RunAsync(host, PluginsListArguments, cancellationToken);
        var line = StartupRunCheck.PluginsList(run);
        samples.PluginCount = line.Total;
        samples.PluginsList.Add(run.Elapsed.TotalMilliseconds);
        samples.Loader.Add(line.ElapsedMilliseconds);
    }
}
