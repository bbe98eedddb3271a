using Facturation.Benchmarks.Measuring;
using Facturation.Benchmarks.Reporting;
using Facturation.Benchmarks.Running;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>Turns the dbcommand samples into the report: table, ratio against the baseline, goal.</summary>
internal static class DatabaseCommandReport
{
    public static BenchmarkReport Create(BenchmarkContext context, DatabaseCommandSamples samples, double goalMilliseconds)
    {
        var baseline = SampleSummary.Of(samples.Baseline);
        var companyList = SampleSummary.Of(samples.CompanyList);
        var companyCreate = SampleSummary.Of(samples.CompanyCreate);
        var plugins = SampleSummary.Of(samples.PluginLoading);
        var layout = context.Layout;
        string[] setup =
        [
            $"Host: `{layout.Relative(layout.HostExecutable)}`, {layout.Configuration} build (ReadyToRun images of the host and its packages; plugins as built)",
            "Databases: two, each created and migrated by one `company create` before the runs; `company list` reads the one with one company, the measured `company create` runs write to the other; every measured command finds its database current, so none migrates",
            $"Runs: {context.Options.Warmups} unmeasured warm-up round(s), then {context.Options.Runs} rounds of `--version`, `company list` and `company create` (a new code each round) interleaved (order alternates), plus one untimed `company list --verbose` and `plugins list --verbose` per round",
            "Time: wall-clock per process, from `Process.Start` to exit with stdout and stderr drained",
            "Checked on every run: exit code 0; `company list` prints the company and nothing on stderr; `company create` says the company was created; `--version` prints a version",
        ];
        ReportRow[] rows =
        [
            new("`facturation --version` (baseline: runtime + System.CommandLine, no host)", "ms", baseline),
            new("`facturation company list` (host, database opened read-only, one query, table printed; no plugin needed, none loaded)", "ms", companyList),
            new("`facturation company create` (host, plugins loaded to check the regime and numbering, database opened read-write, one insert)", "ms", companyCreate),
            new("Plugin loading inside `plugins list --verbose` (the loader's `Plugins loaded ... in Z ms` line)", "ms", plugins),
        ];
        string[] findings =
        [
            DatabaseCommandSamples.Invariant($"Ratio company list / baseline (medians): {companyList.Median / baseline.Median:0.00}x ({companyList.Median:0.0} ms / {baseline.Median:0.0} ms); opening the host and the database adds {companyList.Median - baseline.Median:0.0} ms"),
            DatabaseCommandSamples.Invariant($"Ratio company create / baseline (medians): {companyCreate.Median / baseline.Median:0.00}x ({companyCreate.Median:0.0} ms / {baseline.Median:0.0} ms)"),
            DatabaseCommandSamples.Invariant($"Plugin loading, median {plugins.Median:0.0} ms ({100 * plugins.Median / companyCreate.Median:0}% of the company create median)"),
            $"Start-up timeline of the last verbose run (wall clock since the process started, CPU time and methods JIT-compiled so far): {samples.Timeline}",
            Goal(samples.CompanyList.Count(ms => ms > goalMilliseconds), companyList, goalMilliseconds),
        ];
        return new BenchmarkReport("A command that opens the database (issue 12)", setup, rows, findings);
    }

    private static string Goal(int over, SampleSummary summary, double goalMilliseconds)
    {
        var verdict = over == 0 ? "met by every run"
            : summary.Median <= goalMilliseconds ? $"met at the median, but {over} of {summary.Count} runs took longer"
            : "not met";
        return DatabaseCommandSamples.Invariant($"Goal (issue 12), a command that opens the database in {goalMilliseconds:0} ms or less on 2 cores: {verdict} (median {summary.Median:0.0} ms, p90 {summary.P90:0.0} ms)");
    }
}
