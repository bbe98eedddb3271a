namespace Facturation.Sdk.Templates;

/// <summary>Identifies a default layout.</summary>
/// <param name="Layout">What the layout prints, one of <see cref="LayoutNames"/> or a plugin's own name.</param>
/// <param name="Language">BCP 47 language, e.g. <c>fr</c>, <c>en</c>.</param>
/// <param name="EngineId">Template engine the layout is written for.</param>
public sealed record LayoutKey(string Layout, string Language, string EngineId);
