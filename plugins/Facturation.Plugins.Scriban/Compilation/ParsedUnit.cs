using Facturation.Sdk.Templates;
using Scriban;

namespace Facturation.Plugins.Scriban.Compilation;

/// <summary>The template or one partial, parsed: the Scriban template, or its syntax errors.</summary>
/// <param name="Name">Template or partial name, used in error messages.</param>
/// <param name="Template">The parsed template when it has no errors.</param>
/// <param name="Errors">Syntax errors, each with its line and column.</param>
internal sealed record ParsedUnit(string Name, Template? Template, IReadOnlyList<TemplateError> Errors);
