namespace Facturation.Application.Branding;

/// <summary>A company's stored branding, without the logo and font bytes.</summary>
/// <param name="CompanyCode">The company.</param>
/// <param name="IsSet">Whether the company has a branding row (otherwise every value is the default).</param>
public sealed record BrandingSummary(string CompanyCode, bool IsSet)
{
    /// <summary>The current revision (1 for the first branding set, one more per change; 0 when never set).</summary>
    public long Revision { get; init; }

    /// <summary><c>image/png</c> or <c>image/svg+xml</c>, or <see langword="null"/> without a logo.</summary>
    public string? LogoMediaType { get; init; }

    /// <summary>Stored logo size in bytes (the sanitised SVG for an SVG logo).</summary>
    public int LogoBytes { get; init; }

    /// <summary>Primary colour as stored, or <see langword="null"/> for the default.</summary>
    public string? PrimaryColor { get; init; }

    /// <summary>Accent colour as stored, or <see langword="null"/> for the default.</summary>
    public string? AccentColor { get; init; }

    /// <summary>Font family as stored, or <see langword="null"/> for the default.</summary>
    public string? FontFamily { get; init; }

    /// <summary>Media type of the uploaded font, or <see langword="null"/>.</summary>
    public string? FontMediaType { get; init; }

    /// <summary>Uploaded font size in bytes.</summary>
    public int FontBytes { get; init; }

    /// <summary>Footer text, or <see langword="null"/>.</summary>
    public string? FooterText { get; init; }

    /// <summary>When the current revision was made, or <see langword="null"/> when never set.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
