namespace Facturation.PluginHost;

/// <summary>
/// The plugins running in this process and the catalogue of every plugin folder. Disposing it disposes the
/// plugins' containers and unloads their contexts (the host container does this at shutdown).
/// </summary>
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

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var plugin in Plugins.Reverse())
            plugin.Unload();
    }
}
