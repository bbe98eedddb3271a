using Facturation.Benchmarks.Reporting;
using Facturation.Benchmarks.Scenarios;

namespace Facturation.Benchmarks.Running;

/// <summary>Dispatches on the first argument to a scenario and prints its markdown report on stdout.</summary>
internal static class BenchmarkCommandLine
{
    private static readonly IReadOnlyList<IBenchmarkScenario> Scenarios = [new HostStartupScenario(), new DatabaseCommandScenario(), new IssueScenario(), new FecExportScenario(), new FecDatabaseScenario(), new RenderScenario(), new EInvoiceScenario(), new FacturXScenario(), new IssueCheckScenario()];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter progress)
    {
        var scenario = args.Length == 0 ? null : Scenarios.FirstOrDefault(s => s.Name == args[0]);
        if (scenario is null)
        {
            await progress.WriteAsync(Usage(args.Length == 0 ? null : args[0]));
            return args.Length == 0 || args[0] is "-h" or "--help" ? 0 : 1;
        }

        try
        {
            var options = BenchmarkOptions.Parse(args[1..]);
            var layout = RepositoryLayout.Locate();
            var loadBefore = LoadAverage.OneMinute();
            var report = await scenario.RunAsync(new BenchmarkContext(layout, options, progress), CancellationToken.None);
            var load = $"{LoadAverage.Describe(loadBefore)} before, {LoadAverage.Describe(LoadAverage.OneMinute())} after";
            var command = $"dotnet run -c {layout.Configuration} --project tests/Facturation.Benchmarks -- {string.Join(' ', args)}";
            await output.WriteAsync(MarkdownReportWriter.Write(report, command, MachineDescription.Current(), load, TimeProvider.System));
            return 0;
        }
        catch (BenchmarkAbortedException ex)
        {
            await progress.WriteLineAsync("Benchmark aborted: " + ex.Message);
            return 1;
        }
    }

    private static string Usage(string? unknown)
    {
        var lines = new List<string>();
        if (unknown is not null and not ("-h" or "--help"))
            lines.Add($"Unknown scenario '{unknown}'.");
        lines.Add("Usage: dotnet run -c Release --project tests/Facturation.Benchmarks -- <scenario> [--runs N] [--warmup N] [--invoices N] [--entries N]");
        lines.Add("Scenarios:");
        lines.AddRange(Scenarios.Select(s => $"  {s.Name,-12} {s.Description}"));
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }
}
