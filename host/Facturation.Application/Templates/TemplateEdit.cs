namespace Facturation.Application.Templates;

/// <summary>A new version of a company's layout in one language, as an admin saves it.</summary>
/// <param name="Layout">Layout name, one of <see cref="Sdk.Templates.LayoutNames"/>.</param>
/// <param name="Language">Language, <c>fr</c> or <c>en</c>.</param>
/// <param name="Text">The template text.</param>
/// <param name="Author">Who saves it.</param>
public sealed record TemplateEdit(string Layout, string Language, string Text, string Author)
{
    /// <summary>
    /// Partials by name. Partials not given keep their text from the current version (or the plugin's default layout
    /// before the first save), so every saved version holds every partial it may include.
    /// </summary>
    public IReadOnlyDictionary<string, string> Partials { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Why (free text).</summary>
    public string? Comment { get; init; }

    /// <summary>Template engine the text is written for.</summary>
    public string EngineId { get; init; } = TemplateService.DefaultEngineId;
}
