namespace Facturation.Application.Templates;

/// <summary>One version of a company's layout in one language, or the plugin's default layout (version 0).</summary>
/// <param name="Layout">Layout name.</param>
/// <param name="Language">Language.</param>
/// <param name="Version">1, 2, 3 ...; 0 for the plugin's default layout.</param>
/// <param name="Revision">The company's template revision this version created; 0 for the default layout.</param>
/// <param name="EngineId">Template engine.</param>
/// <param name="Text">The template text.</param>
/// <param name="Partials">Partials by name.</param>
public sealed record TemplateVersion(
    string Layout, string Language, int Version, long Revision, string EngineId, string Text, IReadOnlyDictionary<string, string> Partials)
{
    /// <summary>Who saved it (<see langword="null"/> for the default layout).</summary>
    public string? Author { get; init; }

    /// <summary>Why it was saved.</summary>
    public string? Comment { get; init; }

    /// <summary>When it was saved (<see langword="null"/> for the default layout).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Whether this is the plugin's default layout rather than a saved version.</summary>
    public bool IsDefault => Version == 0;
}
