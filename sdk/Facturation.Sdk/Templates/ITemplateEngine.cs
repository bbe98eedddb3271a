namespace Facturation.Sdk.Templates;

/// <summary>A template language (Handlebars, ...). Another engine is added as a plugin without touching the host.</summary>
public interface ITemplateEngine
{
    /// <summary>Stable id stored beside each template, e.g. <c>handlebars</c>.</summary>
    string Id { get; }

    /// <summary>Name shown to people.</summary>
    string DisplayName { get; }

    /// <summary>Compiles a template, reporting errors with line and column instead of throwing.</summary>
    /// <param name="source">Template text and partials.</param>
    /// <returns>The compiled template or the errors.</returns>
    TemplateCompilation Compile(TemplateSource source);
}
