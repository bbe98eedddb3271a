using System.Globalization;

namespace Facturation.Benchmarks.Reporting;

/// <summary>The 1-minute load average: other work on the machine skews wall-clock figures, so reports say how busy it was.</summary>
internal static class LoadAverage
{
    /// <summary>Reads /proc/loadavg; null where there is none.</summary>
    public static double? OneMinute()
    {
        const string Source = "/proc/loadavg";
        if (!File.Exists(Source))
            return null;
        var first = File.ReadAllText(Source).Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var load) ? load : null;
    }

    public static string Describe(double? value) =>
        value is { } load ? load.ToString("0.00", CultureInfo.InvariantCulture) : "unknown";
}
