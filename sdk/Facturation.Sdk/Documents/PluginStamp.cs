namespace Facturation.Sdk.Documents;

/// <summary>Which plugin, in which version, took part in issuing a document (kept in the snapshot).</summary>
/// <param name="PluginId">Plugin id.</param>
/// <param name="Version">Plugin version.</param>
/// <param name="Role">What it did, e.g. <c>tax-regime:fr-vat</c>, <c>numbering:fr-legal</c>.</param>
public sealed record PluginStamp(string PluginId, string Version, string Role);
