using System.Globalization;
using System.Text.RegularExpressions;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>The host's "Plugins loaded: X of Y in Z ms" log line (written by PluginLoader to stderr).</summary>
/// <param name="Loaded">Plugins loaded.</param>
/// <param name="Total">Plugin folders found.</param>
/// <param name="ElapsedMilliseconds">Time the loader measured in-process.</param>
internal sealed partial record PluginsLoadedLine(int Loaded, int Total, double ElapsedMilliseconds)
{
    public static PluginsLoadedLine? Find(string log)
    {
        var match = Pattern().Match(log);
        if (!match.Success)
            return null;
        // Serilog formats {Elapsed:0.0} with the process culture: accept a decimal comma too.
        return new PluginsLoadedLine(
            int.Parse(match.Groups["loaded"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["total"].Value, CultureInfo.InvariantCulture),
            double.Parse(match.Groups["elapsed"].Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"Plugins loaded: (?<loaded>\d+) of (?<total>\d+) in (?<elapsed>\d+(?:[.,]\d+)?) ms", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
