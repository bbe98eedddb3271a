using System.Diagnostics;

namespace Facturation.PluginTemplate.Tests;

/// <summary>Runs the real <c>dotnet</c> CLI with a time limit and captures its output.</summary>
internal sealed class ChildProcess(IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
{
    // Output pipes can outlive the process when it leaves a grandchild behind (e.g. a build server);
    // after the exit, wait this long for the rest of the output and then go on with what was read.
    private static readonly TimeSpan OutputGrace = TimeSpan.FromSeconds(10);

    public async Task<ProcessResult> RunDotnetAsync(string workingDirectory, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            startInfo.ArgumentList.Add(argument);
        ConfigureEnvironment(startInfo.Environment);

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException("dotnet could not be started.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var timedOut = false;
        using (var limit = new CancellationTokenSource(timeout))
        {
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                timedOut = true;
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        var commandLine = "dotnet " + string.Join(' ', arguments);
        return new ProcessResult(commandLine, process.ExitCode, timedOut, await Collect(stdout), await Collect(stderr));
    }

    private void ConfigureEnvironment(IDictionary<string, string?> target)
    {
        // The test runs inside `dotnet test`, whose MSBuild settings must not leak into the child builds.
        foreach (var key in target.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            target.Remove(key);
        foreach (var (key, value) in environment)
            target[key] = value;
    }

    private static async Task<string> Collect(Task<string> reading)
    {
        try
        {
            return await reading.WaitAsync(OutputGrace);
        }
        catch (TimeoutException)
        {
            return "(output still open after the process exited; not collected)";
        }
    }
}
