using System.Reflection;
using System.Runtime.Loader;

namespace Facturation.PluginHost;

/// <summary>
/// One collectible load context per plugin. Shared contracts resolve from the host; the plugin's own
/// dependencies resolve from its folder through its <c>.deps.json</c> (<see cref="AssemblyDependencyResolver"/>).
/// </summary>
public sealed class PluginLoadContext : AssemblyLoadContext
{
    private readonly AssemblyDependencyResolver _resolver;

    /// <summary>Creates the context for a plugin's entry assembly.</summary>
    /// <param name="pluginId">Plugin id, used as the context name.</param>
    /// <param name="entryAssemblyPath">Absolute path of the entry assembly.</param>
    public PluginLoadContext(string pluginId, string entryAssemblyPath)
        : base($"plugin:{pluginId}", isCollectible: true)
    {
        _resolver = new AssemblyDependencyResolver(entryAssemblyPath);
        PluginId = pluginId;
    }

    /// <summary>The plugin this context belongs to.</summary>
    public string PluginId { get; }

    /// <inheritdoc />
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (SharedAssemblies.IsShared(assemblyName.Name))
            return null;
        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    /// <inheritdoc />
    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
