namespace Facturation.Sdk.Plugins;

/// <summary>A plugin that must be loaded before the declaring one.</summary>
/// <param name="Id">The id of the required plugin.</param>
/// <param name="Versions">The versions of the required plugin that are accepted.</param>
public sealed record PluginDependency(string Id, VersionRange Versions);
