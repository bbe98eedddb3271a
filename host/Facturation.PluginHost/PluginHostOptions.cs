namespace Facturation.PluginHost;

/// <summary>Configuration section <c>Plugins</c>.</summary>
public sealed class PluginHostOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Plugins";

    /// <summary>
    /// Folder holding one sub-folder per plugin. Relative paths are taken from the executable's folder.
    /// Default <c>plugins</c> (where the build places the bundled plugins).
    /// </summary>
    public string Directory { get; set; } = "plugins";

    /// <summary>Ids of plugins not to load. Default none.</summary>
    public IList<string> Disabled { get; init; } = [];

    /// <summary>The plugins folder as an absolute path.</summary>
    /// <param name="baseDirectory">Folder relative paths start from.</param>
    /// <returns>The absolute path.</returns>
    public string ResolveDirectory(string baseDirectory) => Path.GetFullPath(Directory, baseDirectory);
}
