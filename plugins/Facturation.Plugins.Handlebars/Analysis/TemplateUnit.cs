namespace Facturation.Plugins.Handlebars.Analysis;

/// <summary>The main template or one of its partials: what gets scanned, checked and compiled separately.</summary>
/// <param name="Name">Template name (for the main one) or partial name.</param>
/// <param name="Text">Its text.</param>
/// <param name="IsPartial">Whether it is a partial.</param>
internal sealed record TemplateUnit(string Name, string Text, bool IsPartial);
