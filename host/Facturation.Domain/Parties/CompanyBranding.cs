namespace Facturation.Domain.Parties;

/// <summary>
/// A company's look on its documents: logo, colours, font and footer text. Kept apart from <see cref="Company"/> so the
/// logo and font bytes are read only when a document is rendered.
/// </summary>
public sealed class CompanyBranding
{
    /// <summary>The company (also the key).</summary>
    public Guid CompanyId { get; set; }

    /// <summary>Logo bytes: PNG, or SVG already sanitised.</summary>
    public byte[]? Logo { get; set; }

    /// <summary><c>image/png</c> or <c>image/svg+xml</c>.</summary>
    public string? LogoMediaType { get; set; }

    /// <summary>Headings and rules colour, <c>#rrggbb</c>.</summary>
    public string? PrimaryColor { get; set; }

    /// <summary>Table header background, <c>#rrggbb</c>.</summary>
    public string? AccentColor { get; set; }

    /// <summary>An installed font family (e.g. <c>DejaVu Serif</c>), or the family name of the uploaded font.</summary>
    public string? FontFamily { get; set; }

    /// <summary>An uploaded font file (TrueType, OpenType or WOFF2), embedded in the documents.</summary>
    public byte[]? Font { get; set; }

    /// <summary>Media type of <see cref="Font"/> (<c>font/ttf</c>, <c>font/otf</c>, <c>font/woff2</c>).</summary>
    public string? FontMediaType { get; set; }

    /// <summary>Footer text printed on every document.</summary>
    public string? FooterText { get; set; }

    /// <summary>Last change.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
