using System.Globalization;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// Reads CPU times from /proc: this process, the reaped children it waited for, the whole machine, and one browser
/// tree found by a switch on its command line (the root is the process carrying the switch whose parent does not,
/// its node driver is that root's parent). Linux only; elsewhere every figure is NaN.
/// </summary>
internal static class RenderCpuProbe
{
    /// <summary>USER_HZ: /proc counts CPU time in ticks of 1/100 s on every Linux architecture .NET runs on.</summary>
    private const double MillisecondsPerTick = 10;

    /// <summary>Reads every figure; <paramref name="browserMarker"/> null skips the browser and driver (0 ms).</summary>
    public static RenderCpu Read(string? browserMarker)
    {
        var (node, browser, renderer, gpu, utility) = browserMarker is null ? (0d, 0d, 0d, 0d, 0d) : ReadBrowserTree(browserMarker);
        var self = ReadStat("/proc/self/stat");
        var machine = ReadMachineBusyTicks();
        return new RenderCpu(
            self is { } s ? (s.User + s.System) * MillisecondsPerTick : double.NaN,
            node,
            browser,
            renderer,
            gpu,
            utility,
            self is { } c ? (c.ChildrenUser + c.ChildrenSystem) * MillisecondsPerTick : double.NaN,
            machine * MillisecondsPerTick);
    }

    private static (double NodeMs, double BrowserMs, double RendererMs, double GpuMs, double UtilityMs) ReadBrowserTree(string marker)
    {
        var processes = new Dictionary<int, RenderProcessStat>();
        foreach (var folder in SafeDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && ReadStat(Path.Combine(folder, "stat")) is { } stat)
                processes[pid] = stat;
        }
        // Arguments are NUL-separated, unless the process rewrote its title (Chromium's children do: spaces).
        var commandLines = processes.Keys.ToDictionary(pid => pid, pid => " " + CommandLine(pid).Replace('\0', ' ') + " ");
        var marked = processes.Keys.Where(pid => commandLines[pid].Contains(marker, StringComparison.Ordinal)).ToHashSet();
        var roots = marked.Where(pid => !marked.Contains(processes[pid].ParentId)).ToList();
        if (roots.Count == 0)
            return (double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);

        var children = processes.ToLookup(p => p.Value.ParentId, p => p.Key);
        double browserTicks = 0;
        double rendererTicks = 0;
        double gpuTicks = 0;
        double utilityTicks = 0;
        double nodeTicks = 0;
        foreach (var root in roots)
        {
            if (processes.TryGetValue(processes[root].ParentId, out var driver))
                nodeTicks += driver.User + driver.System;
            var pending = new Stack<int>([root]);
            while (pending.TryPop(out var pid))
            {
                var stat = processes[pid];
                var ticks = stat.User + stat.System + stat.ChildrenUser + stat.ChildrenSystem;
                browserTicks += ticks;
                if (commandLines[pid].Contains(" --type=renderer ", StringComparison.Ordinal))
                    rendererTicks += ticks;
                else if (commandLines[pid].Contains(" --type=gpu-process ", StringComparison.Ordinal))
                    gpuTicks += ticks;
                else if (commandLines[pid].Contains(" --type=utility ", StringComparison.Ordinal))
                    utilityTicks += ticks;
                foreach (var child in children[pid])
                    pending.Push(child);
            }
        }
        return (nodeTicks * MillisecondsPerTick, browserTicks * MillisecondsPerTick, rendererTicks * MillisecondsPerTick, gpuTicks * MillisecondsPerTick,
            utilityTicks * MillisecondsPerTick);
    }

    private static string[] SafeDirectories(string path)
    {
        try
        {
            return Directory.GetDirectories(path);
        }
        catch (IOException)
        {
            return [];
        }
        catch (UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText(string.Create(CultureInfo.InvariantCulture, $"/proc/{pid}/cmdline"));
        }
        catch (IOException)
        {
            return string.Empty;
        }
        catch (UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    /// <summary>Fields 4 (ppid) and 14-17 (utime, stime, cutime, cstime) of /proc/PID/stat; the name (field 2) may
    /// hold spaces and parentheses, so fields are counted from the last ')'.</summary>
    private static RenderProcessStat? ReadStat(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
        var end = text.LastIndexOf(')');
        if (end < 0)
            return null;
        var fields = text[(end + 2)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 15)
            return null;
        return new RenderProcessStat(
            int.Parse(fields[1], CultureInfo.InvariantCulture),
            long.Parse(fields[11], CultureInfo.InvariantCulture),
            long.Parse(fields[12], CultureInfo.InvariantCulture),
            long.Parse(fields[13], CultureInfo.InvariantCulture),
            long.Parse(fields[14], CultureInfo.InvariantCulture));
    }

    /// <summary>The first line of /proc/stat: "cpu user nice system idle iowait irq softirq steal ...".</summary>
    private static double ReadMachineBusyTicks()
    {
        const string Source = "/proc/stat";
        if (!File.Exists(Source))
            return double.NaN;
        using var reader = new StreamReader(Source);
        var fields = (reader.ReadLine() ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 9 || fields[0] != "cpu")
            return double.NaN;
        int[] busy = [1, 2, 3, 6, 7, 8];
        return busy.Sum(i => double.Parse(fields[i], CultureInfo.InvariantCulture));
    }
}
