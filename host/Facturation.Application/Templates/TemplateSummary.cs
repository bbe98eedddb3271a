namespace Facturation.Application.Templates;

/// <summary>A layout and language with the version a document issued now would use.</summary>
/// <param name="Layout">Layout name.</param>
/// <param name="Language">Language.</param>
/// <param name="Version">Current version; 0 when the plugin's default layout is used.</param>
/// <param name="Revision">Its company revision; 0 for the default layout.</param>
public sealed record TemplateSummary(string Layout, string Language, int Version, long Revision)
{
    /// <summary>Who saved the current version.</summary>
    public string? Author { get; init; }

    /// <summary>When the current version was saved.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
}
