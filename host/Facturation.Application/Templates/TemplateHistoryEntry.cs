namespace Facturation.Application.Templates;

/// <summary>One saved version in a layout's history: who changed it, when and why.</summary>
/// <param name="Version">Version of the layout and language.</param>
/// <param name="Revision">The company's template revision it created.</param>
/// <param name="EngineId">Template engine.</param>
/// <param name="Author">Who saved it.</param>
/// <param name="Comment">Why.</param>
/// <param name="CreatedAt">When.</param>
public sealed record TemplateHistoryEntry(int Version, long Revision, string EngineId, string Author, string? Comment, DateTimeOffset CreatedAt);
