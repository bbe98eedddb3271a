namespace Facturation.PluginHost;

/// <summary>One SDK contract implementation provided by a plugin.</summary>
/// <param name="PluginId">The providing plugin.</param>
/// <param name="Contract">The SDK interface, e.g. <c>ITaxRegime</c>.</param>
/// <param name="Instance">The implementation, from the plugin's container.</param>
public sealed record PluginComponent(string PluginId, Type Contract, object Instance);
