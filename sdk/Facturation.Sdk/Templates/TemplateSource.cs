namespace Facturation.Sdk.Templates;

/// <summary>A template's text and the partial templates it may include.</summary>
/// <param name="Name">Name used in error messages (e.g. <c>invoice.fr</c>).</param>
/// <param name="Text">The template text.</param>
public sealed record TemplateSource(string Name, string Text)
{
    /// <summary>Partials by name.</summary>
    public IReadOnlyDictionary<string, string> Partials { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
