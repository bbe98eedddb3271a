namespace Facturation.Sdk.Plugins;

/// <summary>What the host tells a plugin about itself when it builds the plugin's entry class.</summary>
/// <param name="Manifest">The plugin's own manifest, as read from <c>plugin.json</c>.</param>
/// <param name="PluginDirectory">The folder the plugin was loaded from (absolute path), for bundled resources.</param>
/// <param name="HostSdkVersion">The SDK version the host runs (within the plugin's declared range).</param>
public sealed record PluginContext(PluginManifest Manifest, string PluginDirectory, SemanticVersion HostSdkVersion);
