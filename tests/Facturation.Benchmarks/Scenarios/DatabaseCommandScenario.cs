using System.Globalization;
using Facturation.Benchmarks.Measuring;
using Facturation.Benchmarks.Reporting;
using Facturation.Benchmarks.Running;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// Issue 12: a command that opens the database answers in 300 ms or less on 2 cores. The real executable is started N
/// times with <c>company list</c> on a database created and migrated beforehand (it needs no plugin, so loads none),
/// interleaved with <c>--version</c> (runtime + System.CommandLine, no host) as the baseline and with a
/// <c>company create</c> (a write that loads the plugins to check the company's tax regime and numbering). Untimed per
/// round: <c>company list --verbose</c> gives the start-up timeline, <c>plugins list --verbose</c> the plugin loader's own
/// time (their logging costs).
/// </summary>
internal sealed class DatabaseCommandScenario : IBenchmarkScenario
{
    private const double GoalMilliseconds = 300;
    private static readonly string[] Baseline = ["--version"];
    private static readonly string[] CompanyList = ["company", "list"];
    private static readonly string[] CompanyListVerbose = ["company", "list", "--verbose"];
    private static readonly string[] PluginsListVerbose = ["plugins", "list", "--verbose"];

    public string Name => "dbcommand";

    public string Description => "a command that opens the database (company list on a migrated database) against --version";

    public async Task<BenchmarkReport> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var host = context.Layout.RequireHostExecutable();
        var data = Directory.CreateTempSubdirectory("facturation-bench-dbcommand-");
        var writes = Directory.CreateTempSubdirectory("facturation-bench-dbcommand-writes-");
        try
        {
            var environment = new Dictionary<string, string> { ["FACTURATION_DATA"] = data.FullName };
            // The creates write to a database of their own, so the listed one keeps its one company.
            var writeEnvironment = new Dictionary<string, string> { ["FACTURATION_DATA"] = writes.FullName };
            await CreateCompanyAsync(host, environment, cancellationToken);
            await CreateCompanyAsync(host, writeEnvironment, cancellationToken);
            await context.Progress.WriteLineAsync($"dbcommand: {host}, database in {data.FullName}, {context.Options.Warmups} warm-up round(s), {context.Options.Runs} measured");
            var samples = new DatabaseCommandSamples();
            for (var i = 0; i < context.Options.Warmups + context.Options.Runs; i++)
            {
                var measured = i >= context.Options.Warmups;
                // Alternate the order so drift and "who runs second" bias hit every command alike.
                string[][] commands = i % 2 == 0 ? [Baseline, CompanyList, Create(i)] : [Create(i), CompanyList, Baseline];
                foreach (var arguments in commands)
                {
                    var isCreate = arguments != Baseline && arguments != CompanyList;
                    var run = await ProcessTimer.RunAsync(host, arguments, isCreate ? writeEnvironment : environment, cancellationToken);
                    DatabaseCommandCheck.Check(arguments, run);
                    if (!measured)
                        continue;
                    var samplesOf = isCreate ? samples.CompanyCreate : arguments == Baseline ? samples.Baseline : samples.CompanyList;
                    samplesOf.Add(run.Elapsed.TotalMilliseconds);
                }
                var verbose = await ProcessTimer.RunAsync(host, CompanyListVerbose, environment, cancellationToken);
                DatabaseCommandCheck.Check(CompanyListVerbose, verbose);
                var plugins = await ProcessTimer.RunAsync(host, PluginsListVerbose, environment, cancellationToken);
                DatabaseCommandCheck.Check(PluginsListVerbose, plugins);
                if (measured)
                {
                    samples.AddVerbose(verbose.StandardError, plugins.StandardError);
                    await context.Progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"  run {i - context.Options.Warmups + 1}/{context.Options.Runs}: --version {samples.Baseline[^1]:0.0} ms, company list {samples.CompanyList[^1]:0.0} ms, company create {samples.CompanyCreate[^1]:0.0} ms"));
                }
            }
            return DatabaseCommandReport.Create(context, samples, GoalMilliseconds);
        }
        finally
        {
            data.Delete(recursive: true);
            writes.Delete(recursive: true);
        }
    }

    // A company of its own per round (codes are unique), with the same data as the first one.
    private static string[] Create(int round) => CompanyCreate(string.Create(CultureInfo.InvariantCulture, $"bench{round}"));

    private static string[] CompanyCreate(string code) =>
        ["company", "create", "--code", code, "--name", "ACME SAS", "--siren", "732829320",
            "--address-line1", "1 rue de la Paix", "--post-code", "75002", "--city", "Paris"];

    private static async Task CreateCompanyAsync(string host, Dictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var run = await ProcessTimer.RunAsync(host, CompanyCreate("acme"), environment, cancellationToken);
        if (run.ExitCode != 0)
            throw new BenchmarkAbortedException($"`facturation company create` failed (exit {run.ExitCode}): {run.StandardError.Trim()}");
    }
}
