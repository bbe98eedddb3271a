namespace Facturation.Rendering.Tests.Pdf;

/// <summary>The Chromium browser processes (not their renderer/GPU children) whose command line carries a marker.</summary>
internal static class ChromiumProcesses
{
    public static IReadOnlyList<int> BrowsersWith(string marker)
    {
        var pids = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
                continue;
            string[] arguments;
            try
            {
                arguments = File.ReadAllText(Path.Combine(directory, "cmdline")).Split('\0');
            }
            catch (IOException)
            {
                continue; // the process ended meanwhile
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }
            if (arguments.Contains(marker) && !arguments.Any(a => a.StartsWith("--type=", StringComparison.Ordinal)))
                pids.Add(pid);
        }
        return pids;
    }

    public static void Kill(int pid)
    {
        using var process = System.Diagnostics.Process.GetProcessById(pid);
        process.Kill(entireProcessTree: true);
        process.WaitForExit(5_000);
    }
}
