using System.Diagnostics;
using System.Globalization;

namespace Facturation.Host.Hosting;

/// <summary>
/// Marks of a command's start-up (configuration read, logging ready, plugins loaded, host built, database open),
/// printed with <c>--verbose</c>: wall-clock milliseconds since the process started and the process's CPU time at each
/// mark (the CPU figure holds on a busy machine, where the wall clock mostly measures the wait for a core).
/// </summary>
internal static class StartupTimeline
{
    private static readonly List<(string Step, long Timestamp, TimeSpan Cpu, long Jitted, TimeSpan Jit)> Marks = [];

    public static void Mark(string step)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        lock (Marks)
            Marks.Add((step, Stopwatch.GetTimestamp(), cpu, System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime()));
    }

    /// <summary>"step 123 ms (cpu 80 ms), ..." since the process started (the runtime's own start included).</summary>
    public static string Describe()
    {
        using var process = Process.GetCurrentProcess();
        var now = Stopwatch.GetTimestamp();
        var sinceStart = TimeProvider.System.GetUtcNow().UtcDateTime - process.StartTime.ToUniversalTime();
        lock (Marks)
        {
            return string.Join(", ", Marks.Select(m => string.Create(CultureInfo.InvariantCulture,
                $"{m.Step} {(sinceStart - Stopwatch.GetElapsedTime(m.Timestamp, now)).TotalMilliseconds:0} ms (cpu {m.Cpu.TotalMilliseconds:0}, jit {m.Jitted} methods {m.Jit.TotalMilliseconds:0} ms)")));
        }
    }
}
