using Facturation.Persistence;
using Microsoft.Extensions.Configuration;

namespace Facturation.Host.Hosting;

/// <summary>
/// The log files of the <c>Serilog:WriteTo</c> sinks named <c>File</c>: a relative <c>path</c> is taken from the data
/// folder (<c>logs/facturation-.log</c> is <c>~/.local/share/facturation/logs/facturation-&lt;yyyyMMdd&gt;.log</c>), so
/// logs never land in whatever folder the command was run from.
/// </summary>
internal static class LogFiles
{
    private const string WriteTo = "Serilog:WriteTo";

    /// <summary>The configuration overrides that make every file sink's path absolute.</summary>
    public static Dictionary<string, string?> AbsolutePaths(IConfiguration configuration)
    {
        var overrides = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var sink in FileSinks(configuration))
        {
            if (sink["Args:path"] is { Length: > 0 } path && !Path.IsPathRooted(path))
                overrides[sink.Path + ":Args:path"] = DataPaths.Resolve(path);
        }
        return overrides;
    }

    /// <summary>The file the first file sink writes to now (its rolling date inserted), or <see langword="null"/> without a file sink.</summary>
    public static string? Current(IConfiguration configuration, DateTimeOffset localNow)
    {
        var sink = FileSinks(configuration).FirstOrDefault();
        if (sink?["Args:path"] is not { Length: > 0 } path)
            return null;
        // Serilog.Sinks.File inserts the period's date before the extension (RollingInterval).
        var stamp = sink["Args:rollingInterval"] switch
        {
            "Year" => "yyyy",
            "Month" => "yyyyMM",
            "Day" => "yyyyMMdd",
            "Hour" => "yyyyMMddHH",
            "Minute" => "yyyyMMddHHmm",
            _ => null,
        };
        var full = DataPaths.Resolve(path);
        return stamp is null
            ? full
            : Path.Combine(Path.GetDirectoryName(full)!, Path.GetFileNameWithoutExtension(full)
                + localNow.ToString(stamp, System.Globalization.CultureInfo.InvariantCulture) + Path.GetExtension(full));
    }

    private static IEnumerable<IConfigurationSection> FileSinks(IConfiguration configuration) =>
        configuration.GetSection(WriteTo).GetChildren().Where(s => string.Equals(s["Name"], "File", StringComparison.Ordinal));
}
