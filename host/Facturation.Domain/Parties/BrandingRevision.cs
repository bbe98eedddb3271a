namespace Facturation.Domain.Parties;

/// <summary>
/// One state of a company's branding: its logo, colours, font and footer text. Every change adds a revision (1, 2,
/// 3 ...) and revisions are never changed or deleted, so a document records the revision in force when it was issued
/// and is printed with that look for ever (0: the default look, before any branding was set).
/// </summary>
public sealed class BrandingRevision
{
    /// <summary>The company.</summary>
    public Guid CompanyId { get; set; }

    /// <summary>1 for the first branding set, then one more per change.</summary>
    public long Revision { get; set; }

    /// <summary>The logo (<see cref="BrandingFile"/>: PNG, or SVG already sanitised), or <see langword="null"/>.</summary>
    public string? LogoFileId { get; set; }

    /// <summary>Headings and rules colour, <c>#rrggbb</c>.</summary>
    public string? PrimaryColor { get; set; }

    /// <summary>Table header background, <c>#rrggbb</c>.</summary>
    public string? AccentColor { get; set; }

    /// <summary>An installed font family (e.g. <c>DejaVu Serif</c>), or the family name of the uploaded font.</summary>
    public string? FontFamily { get; set; }

    /// <summary>An uploaded font (<see cref="BrandingFile"/>: TrueType, OpenType or WOFF2) embedded in the documents.</summary>
    public string? FontFileId { get; set; }

    /// <summary>Footer text printed on every document.</summary>
    public string? FooterText { get; set; }

    /// <summary>When this revision was made.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
