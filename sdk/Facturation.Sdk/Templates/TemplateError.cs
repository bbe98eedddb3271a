namespace Facturation.Sdk.Templates;

/// <summary>A template error with its position, reported to the admin who edits the template.</summary>
/// <param name="Message">What is wrong.</param>
/// <param name="Line">1-based line, 0 when unknown.</param>
/// <param name="Column">1-based column, 0 when unknown.</param>
/// <param name="TemplateName">Template or partial the error is in.</param>
public sealed record TemplateError(string Message, int Line, int Column, string? TemplateName = null);
