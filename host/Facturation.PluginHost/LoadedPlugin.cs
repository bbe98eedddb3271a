using System.Runtime.Loader;
using Facturation.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.PluginHost;

/// <summary>
/// A plugin that is running: its collectible load context, its private service container (its own services stay
/// inside) and the SDK contract implementations it exposes to the host.
/// </summary>
/// <param name="Context">The plugin's own collectible load context.</param>
/// <param name="PluginContext">What the plugin was told about itself.</param>
/// <param name="Services">The plugin's private container, built from its registrations.</param>
/// <param name="Components">Each SDK contract implementation the plugin provides, already constructed.</param>
public sealed record LoadedPlugin(
    AssemblyLoadContext Context, PluginContext PluginContext, ServiceProvider Services, IReadOnlyList<PluginComponent> Components)
{
    /// <summary>The areas provided, e.g. <c>tax-regime</c>, in display order.</summary>
    public IReadOnlyList<string> Areas =>
        ExtensionAreas.Contracts.Where(c => Components.Any(p => p.Contract == c.Key)).Select(c => c.Value).ToList();

    /// <summary>Disposes the plugin's container, then unloads its context (collected once nothing refers to it).</summary>
    public void Unload()
    {
        Services.Dispose();
        Context.Unload();
    }
}
