namespace Facturation.Sdk.Plugins;

/// <summary>
/// The content of a plugin's <c>plugin.json</c>: who it is and what it needs, read by the host before any
/// of the plugin's code is loaded.
/// </summary>
/// <param name="Id">Unique id, also the folder name and the default entry assembly name (e.g. <c>Acme.Belgium</c>).</param>
/// <param name="Version">The plugin's own semantic version.</param>
/// <param name="SdkVersions">The SDK versions the plugin works with, e.g. <c>[1.0.0, 2.0.0)</c>.</param>
/// <param name="EntryAssembly">File name of the assembly holding the entry class, relative to the plugin folder.</param>
public sealed record PluginManifest(string Id, SemanticVersion Version, VersionRange SdkVersions, string EntryAssembly)
{
    /// <summary>The file name the host looks for in each plugin folder.</summary>
    public const string FileName = "plugin.json";

    /// <summary>Full name of the entry class; when absent the single <see cref="IPluginEntry"/> of the entry assembly.</summary>
    public string? EntryType { get; init; }

    /// <summary>Human-readable name shown in listings.</summary>
    public string? Name { get; init; }

    /// <summary>One-sentence description shown in listings.</summary>
    public string? Description { get; init; }

    /// <summary>Plugins that must be loaded (in an accepted version) before this one.</summary>
    public IReadOnlyList<PluginDependency> Dependencies { get; init; } = [];
}
