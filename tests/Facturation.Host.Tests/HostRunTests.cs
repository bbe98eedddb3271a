using System.Diagnostics;

namespace Facturation.Host.Tests;

public sealed class HostRunTests
{
    [Fact]
    public async Task NoArguments_StartsTheHostWithThePluginsAndStopsOnSigterm()
    {
        using var process = FacturationProcess.Start(null);
        var started = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var stderr = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
                return;
            lock (stderr)
                stderr.AppendLine(e.Data);
            if (e.Data.Contains("Facturation host started", StringComparison.Ordinal))
                started.TrySetResult(e.Data);
        };
        process.BeginErrorReadLine();

        var line = await started.Task.WaitAsync(TimeSpan.FromSeconds(60));
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains($"{FacturationProcess.BundledPluginCount} plugin(s) loaded, 0 failed", line, StringComparison.Ordinal);
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public async Task InvalidConfiguration_FailsAtStartWithExitCode2NamingTheKey()
    {
        var environment = new Dictionary<string, string> { ["Plugins__Directory"] = " " };

        var (exitCode, _, stderr) = await FacturationProcess.RunAsync(environment, "plugins", "list");

        Assert.Equal(2, exitCode);
        Assert.Contains("Configuration error: Plugins:Directory must name a folder", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_FailsWithUsage()
    {
        var (exitCode, _, stderr) = await FacturationProcess.RunAsync(null, "invoices-that-do-not-exist");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("invoices-that-do-not-exist", stderr, StringComparison.Ordinal);
    }
}
