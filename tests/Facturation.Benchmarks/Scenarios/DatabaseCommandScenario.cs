using System.Globalization;
using Facturation.Benchmarks.Measuring;
using Facturation.Benchmarks.Reporting;
using Facturation.Benchmarks.Running;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// Issue 12: a command that opens the database answers in 300 ms or less on 2 cores. The real executable is started N
/// times with <c>company list</c> on a database created and migrated beforehand, interleaved with <c>--version</c>
/// (runtime + System.CommandLine, no host) as the baseline; a third process per round, <c>company list --verbose</c>,
/// gives the plugin loader's own time and the start-up timeline (not timed: its logging costs).
/// </summary>
internal sealed class DatabaseCommandScenario : IBenchmarkScenario
{
    private const double GoalMilliseconds = 300;
    private static readonly string[] Baseline = ["--version"];
    private static readonly string[] CompanyList = ["company", "list"];
    private static readonly string[] CompanyListVerbose = ["company", "list", "--verbose"];

    public string Name => "dbcommand";

    public string Description => "a command that opens the database (company list on a migrated database) against --version";

    public async Task<BenchmarkReport> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var host = context.Layout.RequireHostExecutable();
        var data = Directory.CreateTempSubdirectory("facturation-bench-dbcommand-");
        try
        {
            var environment = new Dictionary<string, string> { ["FACTURATION_DATA"] = data.FullName };
            await CreateCompanyAsync(host, environment, cancellationToken);
            await context.Progress.WriteLineAsync($"dbcommand: {host}, database in {data.FullName}, {context.Options.Warmups} warm-up round(s), {context.Options.Runs} measured");
            var samples = new DatabaseCommandSamples();
            for (var i = 0; i < context.Options.Warmups + context.Options.Runs; i++)
            {
                var measured = i >= context.Options.Warmups;
                // Alternate the order so drift and "who runs second" bias hit both commands alike.
                var first = i % 2 == 0 ? Baseline : CompanyList;
                var second = i % 2 == 0 ? CompanyList : Baseline;
                foreach (var arguments in new[] { first, second })
                {
                    var run = await ProcessTimer.RunAsync(host, arguments, environment, cancellationToken);
                    DatabaseCommandCheck.Check(arguments, run);
                    if (measured)
                        (arguments == Baseline ? samples.Baseline : samples.CompanyList).Add(run.Elapsed.TotalMilliseconds);
                }
                var verbose = await ProcessTimer.RunAsync(host, CompanyListVerbose, environment, cancellationToken);
                DatabaseCommandCheck.Check(CompanyListVerbose, verbose);
                if (measured)
                    samples.AddVerbose(verbose.StandardError);
                if (measured)
                {
                    await context.Progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"  run {i - context.Options.Warmups + 1}/{context.Options.Runs}: --version {samples.Baseline[^1]:0.0} ms, company list {samples.CompanyList[^1]:0.0} ms"));
                }
            }
            return DatabaseCommandReport.Create(context, samples, GoalMilliseconds);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    private static async Task CreateCompanyAsync(string host, Dictionary<string, string> environment, CancellationToken cancellationToken)
    {
        string[] create = ["company", "create", "--code", "acme", "--name", "ACME SAS", "--siren", "732829320",
            "--address-line1", "1 rue de la Paix", "--post-code", "75002", "--city", "Paris"];
        var run = await ProcessTimer.RunAsync(host, create, environment, cancellationToken);
        if (run.ExitCode != 0)
            throw new BenchmarkAbortedException($"`facturation company create` failed (exit {run.ExitCode}): {run.StandardError.Trim()}");
    }
}
