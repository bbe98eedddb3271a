namespace Facturation.PluginHost;

/// <summary>The outcome of loading the plugins folder: every plugin with its status, in folder-name order.</summary>
/// <param name="Plugins">One record per plugin folder.</param>
/// <param name="LoadDuration">Time spent discovering and loading.</param>
public sealed record PluginCatalog(IReadOnlyList<PluginRecord> Plugins, TimeSpan LoadDuration)
{
    /// <summary>The loaded plugins.</summary>
    public IEnumerable<PluginRecord> Loaded => Plugins.Where(p => p.Status == PluginStatus.Loaded);

    /// <summary>The rejected plugins.</summary>
    public IEnumerable<PluginRecord> Failed => Plugins.Where(p => p.Status == PluginStatus.Failed);

    /// <summary>The record of a plugin id, if any.</summary>
    /// <param name="id">Plugin id.</param>
    /// <returns>The first record with that id.</returns>
    public PluginRecord? Find(string id) => Plugins.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));
}
