using Facturation.Application.Rendering;

namespace Facturation.Application.Templates;

/// <summary>What to preview: a layout (saved or being edited) filled with a real issued document or a sample one.</summary>
/// <param name="Layout">Layout name.</param>
/// <param name="Language">Language, <c>fr</c> or <c>en</c>.</param>
public sealed record TemplatePreviewInput(string Layout, string Language)
{
    /// <summary>Template text being edited; <see langword="null"/> previews the current version.</summary>
    public string? Text { get; init; }

    /// <summary>Partials being edited (with <see cref="Text"/>); others are taken as a save would take them.</summary>
    public IReadOnlyDictionary<string, string> Partials { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Number of an issued document to fill the layout with; <see langword="null"/> uses a built-in sample.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>HTML or PDF.</summary>
    public RenderFormat Format { get; init; } = RenderFormat.Html;

    /// <summary>Template engine of <see cref="Text"/>.</summary>
    public string EngineId { get; init; } = TemplateService.DefaultEngineId;
}
