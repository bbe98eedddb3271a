using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Facturation.Host.Tests;

/// <summary>How the process ends when something goes wrong that the user did not ask for: one line, the right exit code, the log.</summary>
public sealed partial class FaultReportTests : IDisposable
{
    private readonly CliSession _session = new();

    [Fact]
    public async Task UnexpectedException_ExitsWith70InOneLineNamingTheLogThatHoldsTheStackTrace()
    {
        var number = await IssuedInvoiceWithABrokenSnapshotAsync();

        var (exitCode, stdout, stderr) = await _session.RunAsync("invoice", "show", number, "--company", "acme");

        Assert.Equal(70, exitCode);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Internal error: ", line, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\bat Facturation\.", stderr);
        var log = LogPath().Match(line).Groups["path"].Value;
        Assert.StartsWith(Path.Combine(_session.DataFolder, "logs"), log, StringComparison.Ordinal);
        var logged = await File.ReadAllTextAsync(log);
        Assert.Contains("Internal error", logged, StringComparison.Ordinal);
        Assert.Matches(@"\n\s+at Facturation\.", logged);
    }

    [Fact]
    public async Task UnexpectedException_WithVerbose_AlsoPrintsTheStackTrace()
    {
        var number = await IssuedInvoiceWithABrokenSnapshotAsync();

        var (exitCode, _, stderr) = await _session.RunAsync("invoice", "show", number, "--company", "acme", "--verbose");

        Assert.Equal(70, exitCode);
        Assert.Contains("Internal error: ", stderr, StringComparison.Ordinal);
        Assert.Matches(@"\n\s+at Facturation\.", stderr);
    }

    [Fact]
    public async Task NormalCommand_PrintsNoLogLine_AndVerbosePrintsTheStartUpTimeline()
    {
        var quiet = await _session.RunAsync("company", "list");
        var verbose = await _session.RunAsync("company", "list", "--verbose");
        var pluginsVerbose = await _session.RunAsync("plugins", "list", "--verbose");

        Assert.Equal((0, ""), (quiet.ExitCode, quiet.StdErr));
        Assert.Equal(0, verbose.ExitCode);
        Assert.Contains("Timeline since the process started: main ", verbose.StdErr, StringComparison.Ordinal);
        // Listing companies needs no plugin: none is loaded; a command that needs them logs their loading.
        Assert.DoesNotContain("Plugins loaded", verbose.StdErr, StringComparison.Ordinal);
        var plugins = FacturationProcess.BundledPluginCount;
        Assert.Equal(0, pluginsVerbose.ExitCode);
        Assert.Contains($"Plugins loaded: {plugins} of {plugins}", pluginsVerbose.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownSubCommand_IsAUsageErrorWithExitCode2()
    {
        var (exitCode, _, stderr) = await _session.RunAsync("company", "lst");

        Assert.Equal(2, exitCode);
        Assert.Contains("'lst'", stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _session.Dispose();

    // An issued invoice whose stored snapshot is no longer JSON: reading it throws where no use case expects it.
    private async Task<string> IssuedInvoiceWithABrokenSnapshotAsync()
    {
        var drafts = await DraftBatch.ImportAsync(_session, 1);
        var number = await _session.OkAsync("invoice", "issue", drafts[0]);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_session.DataFolder, "facturation.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE Documents SET SnapshotJson = '{\"lines\": [' WHERE SnapshotJson IS NOT NULL";
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
        return number;
    }

    [GeneratedRegex(@"details in (?<path>/\S+\.log);")]
    private static partial Regex LogPath();
}
