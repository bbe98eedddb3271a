using Facturation.Sdk.Plugins;

namespace Facturation.PluginHost;

/// <summary>The result of checking a plugin folder before installing it.</summary>
/// <param name="Folder">The folder checked.</param>
/// <param name="Manifest">The manifest, when valid.</param>
/// <param name="Errors">What prevents loading: each names the file or field and the rule.</param>
/// <param name="Warnings">What loads but deserves a look.</param>
/// <param name="Areas">Areas the plugin provides, when its trial activation succeeded.</param>
public sealed record PluginCheckReport(
    string Folder, PluginManifest? Manifest, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings, IReadOnlyList<string> Areas)
{
    /// <summary>Whether the plugin would load (dependencies aside, which depend on the installation).</summary>
    public bool Passed => Errors.Count == 0;
}
