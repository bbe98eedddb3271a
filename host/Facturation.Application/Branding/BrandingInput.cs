namespace Facturation.Application.Branding;

/// <summary>What a logo file is declared to be.</summary>
public enum LogoKind
{
    /// <summary>A PNG image.</summary>
    Png,

    /// <summary>An SVG drawing (sanitised before it is stored).</summary>
    Svg,
}

/// <summary>
/// A change to a company's branding. Every part is optional: <see langword="null"/> keeps the current value, an empty
/// text clears it (back to the default look).
/// </summary>
public sealed record BrandingInput
{
    /// <summary>New logo bytes, of the kind <see cref="LogoKind"/> says.</summary>
    public byte[]? Logo { get; init; }

    /// <summary>The declared kind of <see cref="Logo"/> (required with it).</summary>
    public LogoKind? LogoKind { get; init; }

    /// <summary>Removes the stored logo (cannot be combined with <see cref="Logo"/>).</summary>
    public bool RemoveLogo { get; init; }

    /// <summary>Headings and rules colour, <c>#rrggbb</c>.</summary>
    public string? PrimaryColor { get; init; }

    /// <summary>Table header background, <c>#rrggbb</c>.</summary>
    public string? AccentColor { get; init; }

    /// <summary>An installed font family, or the family name to give <see cref="FontFile"/>.</summary>
    public string? FontFamily { get; init; }

    /// <summary>A font file to embed (TrueType, OpenType or WOFF2, at most 2 MB); needs <see cref="FontFamily"/>.</summary>
    public byte[]? FontFile { get; init; }

    /// <summary>Removes the uploaded font (cannot be combined with <see cref="FontFile"/>).</summary>
    public bool RemoveFont { get; init; }

    /// <summary>Footer text printed on every document (at most 500 characters).</summary>
    public string? FooterText { get; init; }
}
