namespace Facturation.Sdk.Templates;

/// <summary>The result of compiling a template: the compiled template, or the errors.</summary>
/// <param name="Template">The compiled template when there are no errors.</param>
/// <param name="Errors">Compile errors with line and column.</param>
public sealed record TemplateCompilation(ICompiledTemplate? Template, IReadOnlyList<TemplateError> Errors)
{
    /// <summary>Whether compilation succeeded.</summary>
    public bool Succeeded => Template is not null && Errors.Count == 0;
}
