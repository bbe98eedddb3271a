using System.Reflection;
using Facturation.Sdk.Plugins;

namespace Facturation.Sdk;

/// <summary>Facts about the SDK that the host and plugins compile against.</summary>
public static class SdkInfo
{
    /// <summary>The semantic version of this SDK build (the package version, e.g. 1.0.0).</summary>
    public static SemanticVersion Version { get; } = ReadVersion();

    private static SemanticVersion ReadVersion()
    {
        var informational = typeof(SdkInfo).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return SemanticVersion.Parse(plus < 0 ? informational : informational[..plus]);
    }
}
