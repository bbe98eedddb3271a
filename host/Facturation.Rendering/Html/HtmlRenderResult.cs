using Facturation.Sdk.Templates;

namespace Facturation.Rendering.Html;

/// <summary>A rendered page, or why it could not be rendered (compile errors with line and column, a limit reached).</summary>
/// <param name="Html">The page, when rendered.</param>
/// <param name="Errors">Errors; empty on success.</param>
public sealed record HtmlRenderResult(string? Html, IReadOnlyList<TemplateError> Errors)
{
    /// <summary>Whether the page was rendered.</summary>
    public bool Succeeded => Html is not null && Errors.Count == 0;
}
