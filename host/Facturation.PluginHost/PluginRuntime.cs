namespace Facturation.PluginHost;

/// <summary>
/// The plugins running in this process and the catalogue of every plugin folder. Disposing it disposes the
/// plugins' containers and leaves their load contexts loaded until the process ends; <see cref="Unload"/> also
/// unloads them.
/// </summary>
/// <remarks>
/// Disposing does not unload because a collectible context unloaded while other contexts in the process compile or
/// run code (expression trees, compiled templates) has crashed .NET 10 processes with an access violation; a process
/// that ends frees its contexts anyway. Unload only where nothing else runs plugin code, as a one-shot check does.
/// </remarks>
/// <param name="catalog">Every plugin folder's outcome.</param>
/// <param name="plugins">The loaded plugins in load order.</param>
public sealed class PluginRuntime(PluginCatalog catalog, IReadOnlyList<LoadedPlugin> plugins) : IDisposable
{
    /// <summary>Every plugin folder's outcome.</summary>
    public PluginCatalog Catalog { get; } = catalog;

    /// <summary>The loaded plugins in load order (dependencies first).</summary>
    public IReadOnlyList<LoadedPlugin> Plugins { get; } = plugins;

    /// <summary>Every SDK contract implementation provided, in load order.</summary>
    public IEnumerable<PluginComponent> Components => Plugins.SelectMany(p => p.Components);

    /// <summary>Disposes the plugins' containers (last loaded first); their load contexts stay loaded.</summary>
    public void Dispose()
    {
        foreach (var plugin in Plugins.Reverse())
            plugin.Services.Dispose();
    }

    /// <summary>Disposes the plugins' containers and unloads their contexts (collected once nothing refers to them).</summary>
    public void Unload()
    {
        foreach (var plugin in Plugins.Reverse())
            plugin.Unload();
    }
}
