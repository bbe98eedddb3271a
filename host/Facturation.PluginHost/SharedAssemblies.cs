using Facturation.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Facturation.PluginHost;

/// <summary>
/// The assemblies a plugin shares with the host (so its classes cast to the host's SDK interfaces): the SDK
/// and the Microsoft.Extensions abstractions the SDK exposes. Everything else a plugin brings loads in its
/// own context, so two plugins may use different versions of the same package.
/// </summary>
public static class SharedAssemblies
{
    /// <summary>One type from each shared assembly (McMaster's <c>sharedTypes</c>: the assemblies that define them).</summary>
    public static IReadOnlyList<Type> Types { get; } =
    [
        typeof(IPluginEntry),        // Facturation.Sdk
        typeof(IServiceCollection),  // Microsoft.Extensions.DependencyInjection.Abstractions
        typeof(ILogger),             // Microsoft.Extensions.Logging.Abstractions
    ];
}
