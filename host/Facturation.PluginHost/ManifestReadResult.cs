using Facturation.Sdk.Plugins;

namespace Facturation.PluginHost;

/// <summary>A manifest, or every rule the <c>plugin.json</c> breaks.</summary>
/// <param name="Manifest">The manifest when valid.</param>
/// <param name="Errors">One sentence per broken rule, naming the field.</param>
public sealed record ManifestReadResult(PluginManifest? Manifest, IReadOnlyList<string> Errors)
{
    /// <summary>Whether the manifest is valid.</summary>
    public bool Succeeded => Manifest is not null;
}
