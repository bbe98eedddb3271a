using System.Globalization;
using System.Runtime.InteropServices;

namespace Facturation.Benchmarks.Reporting;

/// <summary>The machine a report was measured on, as far as Linux tells without root.</summary>
/// <param name="Cpu">CPU model name from /proc/cpuinfo.</param>
/// <param name="LogicalCores">Cores available to this process.</param>
/// <param name="MemoryGiB">Total RAM from /proc/meminfo.</param>
/// <param name="OperatingSystem">Distribution and kernel.</param>
/// <param name="Runtime">.NET runtime running this driver (the host uses the same shared runtime).</param>
/// <param name="Architecture">Process architecture.</param>
internal sealed record MachineDescription(
    string Cpu, int LogicalCores, double? MemoryGiB, string OperatingSystem, string Runtime, string Architecture)
{
    public static MachineDescription Current() => new(
        ReadField("/proc/cpuinfo", "model name", ':') ?? "unknown CPU",
        Environment.ProcessorCount,
        ReadMemoryGiB(),
        OperatingSystemName(),
        RuntimeInformation.FrameworkDescription,
        RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant());

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Cpu}, {LogicalCores} logical cores, {(MemoryGiB is { } gib ? $"{gib:0.0} GiB" : "unknown")} RAM, {OperatingSystem}, {Runtime} {Architecture}");

    private static string OperatingSystemName()
    {
        var distribution = ReadField("/etc/os-release", "PRETTY_NAME", '=')?.Trim('"');
        var kernel = Environment.OSVersion.Version.ToString(3);
        return distribution is null ? RuntimeInformation.OSDescription : $"{distribution}, kernel {kernel}";
    }

    private static double? ReadMemoryGiB()
    {
        // "MemTotal:       24567890 kB"
        var total = ReadField("/proc/meminfo", "MemTotal", ':')?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return long.TryParse(total, NumberStyles.None, CultureInfo.InvariantCulture, out var kib) ? kib / 1024d / 1024d : null;
    }

    private static string? ReadField(string file, string key, char separator)
    {
        if (!File.Exists(file))
            return null;
        foreach (var line in File.ReadLines(file))
        {
            var at = line.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && line[..at].Trim() == key)
                return line[(at + 1)..].Trim();
        }
        return null;
    }
}
