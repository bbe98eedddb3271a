using Facturation.Sdk.Plugins;

namespace Facturation.PluginHost;

/// <summary>A plugin folder whose manifest is valid, on its way to being loaded.</summary>
/// <param name="Folder">Absolute folder path.</param>
/// <param name="Manifest">The manifest.</param>
internal sealed record PluginCandidate(string Folder, PluginManifest Manifest)
{
    public string EntryAssemblyPath => Path.Combine(Folder, Manifest.EntryAssembly);
}
