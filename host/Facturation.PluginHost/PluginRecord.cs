using Facturation.Sdk.Plugins;

namespace Facturation.PluginHost;

/// <summary>What the host knows about one plugin folder after start-up.</summary>
/// <param name="Folder">The plugin folder (absolute).</param>
/// <param name="Manifest">The manifest, when it could be read.</param>
/// <param name="Status">Loaded, disabled or failed.</param>
/// <param name="Failure">The failure case, <see cref="PluginFailure.None"/> unless failed.</param>
/// <param name="Reason">Explanation for people, naming the field or file at fault.</param>
public sealed record PluginRecord(string Folder, PluginManifest? Manifest, PluginStatus Status, PluginFailure Failure, string? Reason)
{
    /// <summary>The extension areas the plugin provides (tax-regime, numbering-scheme, ...), when loaded.</summary>
    public IReadOnlyList<string> Areas { get; init; } = [];

    /// <summary>The plugin id, or the folder name when the manifest could not be read.</summary>
    public string Id => Manifest?.Id ?? Path.GetFileName(Folder);
}
