namespace Facturation.PluginTemplate.Tests;

/// <summary>What a finished child process left behind, readable in an assertion message.</summary>
internal sealed record ProcessResult(string CommandLine, int ExitCode, bool TimedOut, string StandardOutput, string StandardError)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    public string Describe() =>
        $"""
        $ {CommandLine}
        exit code {ExitCode}{(TimedOut ? " (killed: timed out)" : "")}
        --- stdout ---
        {StandardOutput}
        --- stderr ---
        {StandardError}
        """;
}
