using System.Text.Json;

namespace Facturation.Host.Tests;

/// <summary>
/// Several runs of the real <c>facturation</c> process sharing one data folder (one SQLite database), as a person
/// scripting the CLI would: each run is a fresh process.
/// </summary>
internal sealed class CliSession : IDisposable
{
    private readonly Dictionary<string, string> _environment;

    public CliSession()
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "facturation-host-tests", Guid.NewGuid().ToString("N"));
        _environment = new Dictionary<string, string> { ["FACTURATION_DATA"] = DataFolder };
    }

    public string DataFolder { get; }

    /// <summary>The year of numbers issued now: the company's local date (Europe/Paris) from the real clock.</summary>
    public static int Year => TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).Year;

    public Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(params string[] arguments) =>
        FacturationProcess.RunAsync(_environment, arguments);

    /// <summary>Runs a command that must succeed; returns its trimmed standard output.</summary>
    public async Task<string> OkAsync(params string[] arguments)
    {
        var (exitCode, stdout, stderr) = await RunAsync(arguments);
        Assert.True(exitCode == 0, $"facturation {string.Join(' ', arguments)} exited {exitCode}: {stderr}");
        return stdout.Trim();
    }

    /// <summary>Runs a command with <c>--json</c> that must succeed; returns the parsed output.</summary>
    public async Task<JsonElement> JsonAsync(params string[] arguments)
    {
        var stdout = await OkAsync([.. arguments, "--json"]);
        using var document = JsonDocument.Parse(stdout);
        return document.RootElement.Clone();
    }

    /// <summary>Runs a command the use case must refuse (exit code 1); returns the problem lines of stderr.</summary>
    public async Task<string> RefusedAsync(params string[] arguments)
    {
        var (exitCode, _, stderr) = await RunAsync(arguments);
        Assert.True(exitCode == 1, $"facturation {string.Join(' ', arguments)} exited {exitCode}, expected 1 (refused): {stderr}");
        return stderr;
    }

    /// <summary>Creates company <paramref name="company"/> (sequential numbering, standard VAT) and customer <c>c1</c>.</summary>
    public async Task CreateCompanyAndCustomerAsync(string company)
    {
        await OkAsync("company", "create", "--code", company, "--name", "ACME SAS", "--legal-form", "SAS", "--siren", "732829320",
            "--vat", "FR44732829320", "--address-line1", "1 rue de la Paix", "--post-code", "75002", "--city", "Paris");
        await OkAsync("customer", "create", "--company", company, "--code", "c1", "--name", "Client SA", "--siren", "552100554",
            "--address-line1", "2 avenue des Lilas", "--post-code", "69001", "--city", "Lyon");
    }

    public void Dispose()
    {
        if (Directory.Exists(DataFolder))
            Directory.Delete(DataFolder, recursive: true);
    }
}
