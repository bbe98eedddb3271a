using System.Globalization;
using System.Text;

namespace Facturation.Host.Tests;

/// <summary>
/// Long commands show their progress to a person at a terminal (a pseudo-terminal made by <c>script</c>) and nothing
/// when their output is redirected, as a script or a test runs them, or with <c>--json</c>.
/// </summary>
public sealed class ProgressDisplayTests : IDisposable
{
    private readonly CliSession _cli = new();

    [Fact]
    public async Task Import_Redirected_PrintsNoProgress()
    {
        await _cli.CreateCompanyAndCustomerAsync("acme");
        var file = await CustomersFileAsync();

        var (exitCode, stdout, stderr) = await _cli.RunAsync("import", file);
        var json = await _cli.RunAsync("export", "json", "--out", Path.Combine(_cli.DataFolder, "backup.json"), "--json");

        Assert.True(exitCode == 0, stderr);
        Assert.StartsWith("Imported ", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Importing", stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", stdout + stderr, StringComparison.Ordinal);
        Assert.Equal(0, json.ExitCode);
        Assert.DoesNotContain("Exporting", json.StdOut + json.StdErr, StringComparison.Ordinal);
        Assert.StartsWith("{", json.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAndExport_OnATerminal_ShowTheirProgress_ButNotWithJson()
    {
        await _cli.CreateCompanyAndCustomerAsync("acme");
        var file = await CustomersFileAsync();
        var backup = Path.Combine(_cli.DataFolder, "backup.json");

        var import = await OnTerminalAsync("import", file);
        var export = await OnTerminalAsync("export", "json", "--out", backup);
        var quiet = await OnTerminalAsync("export", "json", "--out", backup, "--json");

        Assert.Contains("Importing customers.json", import, StringComparison.Ordinal);
        Assert.Contains("\u001b[", import, StringComparison.Ordinal);
        Assert.Contains("Imported ", import, StringComparison.Ordinal);
        Assert.Contains("Exporting to backup.json", export, StringComparison.Ordinal);
        Assert.Contains("Exported 1 companies", export, StringComparison.Ordinal);
        Assert.DoesNotContain("Exporting", quiet, StringComparison.Ordinal);
        Assert.Contains("\"customers\": 501", quiet, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();

    // script(1) runs the command on a pseudo-terminal and copies what the terminal showed to its own output.
    private async Task<string> OnTerminalAsync(params string[] arguments)
    {
        var command = string.Join(' ', new[] { FacturationProcess.Executable }.Concat(arguments).Select(a => "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
        var environment = new Dictionary<string, string> { ["FACTURATION_DATA"] = _cli.DataFolder, ["TERM"] = "xterm-256color" };
        var (exitCode, stdout, stderr) = await FacturationProcess.RunProgramAsync("script", environment, TimeSpan.FromMinutes(2), "-q", "-e", "-c", command, "/dev/null");
        Assert.True(exitCode == 0, $"{command} on a terminal exited {exitCode}: {stdout}{stderr}");
        return stdout;
    }

    private async Task<string> CustomersFileAsync()
    {
        var customers = string.Join(",\n", Enumerable.Range(1, 500).Select(i => string.Create(CultureInfo.InvariantCulture,
            $$"""{ "sourceId": "S{{i}}", "companyCode": "acme", "code": "K{{i}}", "name": "Client {{i}}", "billingAddress": { "line1": "{{i}} rue Haute", "city": "Lyon", "country": "FR" } }""")));
        var path = Path.Combine(_cli.DataFolder, "customers.json");
        await File.WriteAllTextAsync(path, $$"""{ "version": 1, "customers": [ {{customers}} ] }""", Encoding.UTF8);
        return path;
    }
}
