namespace Facturation.Sdk.Templates;

/// <summary>The outcome of a render: success, or the errors (limit exceeded, missing value ...).</summary>
/// <param name="Errors">Errors; empty on success.</param>
public sealed record TemplateRenderResult(IReadOnlyList<TemplateError> Errors)
{
    /// <summary>Whether the render succeeded.</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>A successful render.</summary>
    public static TemplateRenderResult Success { get; } = new([]);
}
