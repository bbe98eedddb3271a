namespace Facturation.Rendering.Documents;

/// <summary>A value with its label in the document's language, e.g. "Date d'échéance" / "22/12/2026".</summary>
/// <param name="Label">Label.</param>
/// <param name="Value">Formatted value.</param>
public sealed record LabelledValue(string Label, string Value);
