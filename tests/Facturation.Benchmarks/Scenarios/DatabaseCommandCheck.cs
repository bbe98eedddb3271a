using Facturation.Benchmarks.Measuring;
using Facturation.Benchmarks.Running;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>Rejects a run that did not do the work, so a broken host cannot produce a fast figure.</summary>
internal static class DatabaseCommandCheck
{
    public static void Check(IReadOnlyList<string> arguments, ProcessRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var command = string.Join(' ', arguments);
        var verbose = arguments.Contains("--verbose");
        var expected = arguments[0] switch
        {
            "--version" => run.StandardOutput.Trim().Length > 0,
            "plugins" => run.StandardOutput.Contains("loaded", StringComparison.Ordinal),
            _ when arguments[1] == "create" => run.StandardOutput.Contains($"Company {arguments[3]} created.", StringComparison.Ordinal),
            _ => run.StandardOutput.Contains("acme", StringComparison.Ordinal),
        };
        if (run.ExitCode != 0 || !expected || (!verbose && run.StandardError.Length > 0))
        {
            throw new BenchmarkAbortedException(
                $"`facturation {command}` failed (exit {run.ExitCode}), or printed something unexpected.{Environment.NewLine}stdout:{Environment.NewLine}{run.StandardOutput}stderr:{Environment.NewLine}{run.StandardError}");
        }
    }
}
