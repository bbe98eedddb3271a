using System.Diagnostics;

namespace Facturation.Benchmarks.Measuring;

/// <summary>Starts a process, waits for it to exit and measures the wall-clock time it took.</summary>
internal static class ProcessTimer
{
    public static async Task<ProcessRun> RunAsync(string executable, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        await RunAsync(executable, arguments, null, cancellationToken);

    public static async Task<ProcessRun> RunAsync(
        string executable, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(executable),
        };
        foreach (var argument in arguments)
            startInfo.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            startInfo.Environment[key] = value;

        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {executable}.");
        // Read both streams concurrently: a full pipe would block the child and inflate the time.
        var standardOutput = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var standardError = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var output = await standardOutput;
        var error = await standardError;
        var elapsed = Stopwatch.GetElapsedTime(started);
        return new ProcessRun(process.ExitCode, elapsed, output, error);
    }
}
