namespace Facturation.Rendering.Documents;

/// <summary>The company's look on its documents.</summary>
/// <param name="PrimaryColor">Headings and rules, <c>#rrggbb</c>.</param>
/// <param name="AccentColor">Table header background, <c>#rrggbb</c>.</param>
/// <param name="FontFamily">CSS font family list, names unquoted (installed fonts only: no CDN).</param>
public sealed record BrandingView(string PrimaryColor, string AccentColor, string FontFamily)
{
    /// <summary>Default look: dark blue, light grey, Liberation Sans (metric-compatible with Arial) then DejaVu Sans.</summary>
    public static BrandingView Default { get; } = new("#1f3a5f", "#eef2f7", "Liberation Sans, DejaVu Sans, sans-serif");

    /// <summary>The logo as a data URI (PNG, or sanitised SVG), or <see langword="null"/>.</summary>
    public string? LogoDataUri { get; init; }

    /// <summary>CSS <c>@font-face</c> rule of an uploaded font (as a data URI), or empty.</summary>
    public string FontFaceCss { get; init; } = "";

    /// <summary>Footer text the company adds.</summary>
    public string? FooterText { get; init; }
}
