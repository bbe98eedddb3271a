namespace Facturation.PluginHost;

/// <summary>
/// The assemblies a plugin shares with the host (so its classes cast to the host's SDK interfaces): the SDK
/// and the Microsoft.Extensions abstractions the SDK exposes. Everything else a plugin brings loads in its
/// own context, so two plugins may use different versions of the same package.
/// </summary>
public static class SharedAssemblies
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "Facturation.Sdk",
        "Microsoft.Extensions.DependencyInjection.Abstractions",
        "Microsoft.Extensions.Logging.Abstractions",
    };

    /// <summary>Whether an assembly is taken from the host rather than from the plugin's folder.</summary>
    /// <param name="assemblyName">Simple assembly name.</param>
    /// <returns><see langword="true"/> for the shared contracts.</returns>
    public static bool IsShared(string? assemblyName) => assemblyName is not null && Names.Contains(assemblyName);
}
