using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Facturation.Host.Tests;

/// <summary>Runs the built <c>facturation</c> executable with arguments and environment, and collects its output.</summary>
internal static class FacturationProcess
{
    public static string HostDirectory { get; } = FindHostDirectory();

    public static string FixturesDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "fixtures");

    public static string Executable => Path.Combine(HostDirectory, "facturation");

    /// <summary>How many plugin folders the build bundled beside the executable (each one loads on a normal start).</summary>
    public static int BundledPluginCount => Directory.GetDirectories(Path.Combine(HostDirectory, "plugins")).Length;

    public static Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(
        IReadOnlyDictionary<string, string>? environment = null, params string[] arguments) =>
        // Generous: the suite runs many processes at once on two cores (the concurrency tests start 16); a hung process still ends the test.
        RunProgramAsync(Executable, environment, TimeSpan.FromMinutes(5), arguments);

    /// <summary>
    /// Runs a program (facturation, or a shell, <c>script</c>, <c>unshare</c> around it) with the same environment rules;
    /// one still running after <paramref name="timeout"/> is killed and the test fails with a <see cref="TimeoutException"/>.
    /// </summary>
    public static async Task<(int ExitCode, string StdOut, string StdErr)> RunProgramAsync(
        string program, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, params string[] arguments)
    {
        using var process = Start(program, environment, arguments);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(
                $"{program} {string.Join(' ', arguments)} still ran after {timeout.TotalSeconds} s and was killed. Its output so far:\n{await stdout}\n{await stderr}");
        }
        return (process.ExitCode, await stdout, await stderr);
    }

    public static Process Start(IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        Start(Executable, environment, arguments);

    private static Process Start(string program, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            // Run from elsewhere: the host must find its appsettings.json and plugins beside the executable.
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        // Each run gets its own data folder unless the test names one: tests never touch the user's database.
        start.Environment["FACTURATION_DATA"] = Path.Combine(Path.GetTempPath(), "facturation-host-tests", Guid.NewGuid().ToString("N"));
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            start.Environment[key] = value;
        return Process.Start(start) ?? throw new InvalidOperationException("facturation did not start");
    }

    private static string FindHostDirectory()
    {
        var configuration = typeof(FacturationProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Facturation.Modular.sln")))
            directory = directory.Parent;
        if (directory is null)
            throw new InvalidOperationException("Repository root (Facturation.Modular.sln) not found above " + AppContext.BaseDirectory);
        var host = Path.Combine(directory.FullName, "host", "Facturation.Host", "bin", configuration, "net10.0");
        return File.Exists(Path.Combine(host, "facturation"))
            ? host
            : throw new InvalidOperationException($"facturation is not built in {host}");
    }
}
