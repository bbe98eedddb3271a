using Facturation.Sdk;
using Facturation.Sdk.Plugins;

namespace Facturation.PluginHost;

/// <summary>Whether a plugin's <c>plugin.json</c> SDK range admits the SDK this host runs, and why not when it does not.</summary>
public static class SdkRangeCheck
{
    /// <summary>The reason the host refuses a plugin declaring <paramref name="range"/>.</summary>
    /// <param name="range">The plugin's <c>sdk</c> range.</param>
    /// <returns><see langword="null"/> when the range contains the host's SDK version; otherwise the reason, naming both.</returns>
    public static string? Refusal(VersionRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        var host = SdkInfo.Version;
        if (range.Contains(host))
            return null;
        var refusal = $"supports SDK {range}, but the host runs SDK {host}";
        if (range.Maximum is not null && range.Maximum <= host)
            return refusal + $": it was built for an earlier SDK major version; rebuild it against SDK {host.Major}.x (see the SDK's migration notes)";
        return range.Minimum is not null && range.Minimum >= host ? refusal + ": it needs a newer host" : refusal;
    }
}
