namespace Facturation.Domain.Parties;

/// <summary>
/// A logo or font file of a branding, stored once and shared by every revision that uses it (a colour change does not
/// copy the font). Never changed or deleted: an issued document may still be printed with it.
/// </summary>
public sealed class BrandingFile
{
    /// <summary>
    /// <c>sha256-</c> and the SHA-256 of the media type and content in hex for files stored by the product, so the same
    /// file is stored once; files moved from the branding table of older versions keep the id they were given then.
    /// </summary>
    public string Id { get; set; } = "";

    /// <summary><c>image/png</c>, <c>image/svg+xml</c>, <c>font/ttf</c>, <c>font/otf</c> or <c>font/woff2</c>.</summary>
    public string MediaType { get; set; } = "";

    /// <summary>The bytes.</summary>
    public byte[] Content { get; set; } = [];
}
