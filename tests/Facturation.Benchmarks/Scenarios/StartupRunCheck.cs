using System.Text.Json;
using Facturation.Benchmarks.Measuring;
using Facturation.Benchmarks.Running;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>Rejects a run that did not do the work, so a broken host cannot produce a fast figure.</summary>
internal static class StartupRunCheck
{
    /// <summary>The plugins the host bundles (host/Facturation.Host.csproj, PluginToBundle).</summary>
    public static readonly IReadOnlyList<string> BundledPlugins =
        ["Facturation.Plugins.SequentialNumbering", "Facturation.Plugins.StandardVat"];

    /// <summary>Checks <c>--version</c> and returns the version it printed.</summary>
    public static string Baseline(ProcessRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var version = run.StandardOutput.Trim();
        if (run.ExitCode != 0 || version.Length == 0)
            throw Failed("--version", run, "expected exit code 0 and a version on stdout");
        return version;
    }

    /// <summary>Checks <c>plugins list --json</c> and returns the loader's own log line.</summary>
    public static PluginsLoadedLine PluginsList(ProcessRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.ExitCode != 0)
            throw Failed("plugins list --json", run, $"exit code {run.ExitCode}");
        var loaded = LoadedIds(run);
        var missing = BundledPlugins.Where(id => !loaded.Contains(id)).ToList();
        if (missing.Count > 0)
            throw Failed("plugins list --json", run, "not loaded: " + string.Join(", ", missing));
        var line = PluginsLoadedLine.Find(run.StandardError)
            ?? throw Failed("plugins list --json", run, "no 'Plugins loaded: X of Y in Z ms' line on stderr");
        if (line.Loaded != line.Total || line.Loaded < BundledPlugins.Count)
            throw Failed("plugins list --json", run, $"only {line.Loaded} of {line.Total} plugins loaded");
        return line;
    }

    private static HashSet<string> LoadedIds(ProcessRun run)
    {
        try
        {
            using var document = JsonDocument.Parse(run.StandardOutput);
            return document.RootElement.EnumerateArray()
                .Where(p => p.GetProperty("status").GetString() == "loaded")
                .Select(p => p.GetProperty("id").GetString() ?? "")
                .ToHashSet(StringComparer.Ordinal);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new BenchmarkAbortedException($"`facturation plugins list --json` did not print the expected JSON: {ex.Message}", ex);
        }
    }

    private static BenchmarkAbortedException Failed(string command, ProcessRun run, string what) => new(
        $"`facturation {command}` failed: {what}.{Environment.NewLine}stdout:{Environment.NewLine}{run.StandardOutput}stderr:{Environment.NewLine}{run.StandardError}");
}
