using System.Diagnostics;
using System.Text;

namespace Facturation.Host.Tests;

/// <summary>
/// Runs a shell script in a private mount namespace (<c>unshare --mount --map-root-user</c>): there it may mount a
/// small tmpfs or remount a folder read-only, as root or not, and the mounts vanish with the script. Read-only
/// storage must be a real read-only mount: the tests run as root in CI, and chmod does not stop root.
/// </summary>
internal static class IsolatedMount
{
    public static async Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(string script, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("unshare")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in new[] { "--mount", "--map-root-user", "--propagation", "private", "sh", "-euc", script })
            start.ArgumentList.Add(argument);
        start.Environment["FACTURATION"] = Path.Combine(FacturationProcess.HostDirectory, "facturation");
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("unshare did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
