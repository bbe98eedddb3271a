using System.Buffers.Binary;
using System.Text.RegularExpressions;
using Facturation.Sdk.Common;

namespace Facturation.Application.Branding;

/// <summary>
/// The rules of a branding's parts. Colours and family names are written into the layout's <c>&lt;style&gt;</c>
/// with plain HTML escaping, so they are limited to characters that need none.
/// </summary>
public static partial class BrandingRules
{
    /// <summary>Largest PNG logo, in bytes (1 MB).</summary>
    public const int MaxPngBytes = 1024 * 1024;

    /// <summary>Largest PNG logo width and height, in pixels.</summary>
    public const int MaxPngPixels = 2000;

    /// <summary>Largest SVG logo, in bytes (256 KB).</summary>
    public const int MaxSvgBytes = 256 * 1024;

    /// <summary>Largest uploaded font, in bytes (2 MB).</summary>
    public const int MaxFontBytes = 2 * 1024 * 1024;

    /// <summary>Longest footer text.</summary>
    public const int MaxFooterLength = 500;

    /// <summary>Longest font family name.</summary>
    public const int MaxFamilyLength = 100;

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    // CSS-wide keywords and generic families: an unquoted family list cannot use them as a font's own name.
    private static readonly HashSet<string> ReservedFamilies = new(StringComparer.OrdinalIgnoreCase)
    {
        "inherit", "initial", "unset", "revert", "revert-layer", "default", "serif", "sans-serif", "monospace",
        "cursive", "fantasy", "system-ui", "math", "emoji", "fangsong", "ui-serif", "ui-sans-serif", "ui-monospace", "ui-rounded",
    };

    /// <summary>Whether a colour is <c>#rrggbb</c>.</summary>
    /// <param name="color">Colour.</param>
    /// <returns>True when valid.</returns>
    public static bool IsColor(string color) => ColorPattern().IsMatch(color);

    /// <summary>
    /// Whether a font family name can be written unquoted in CSS: ASCII letters, digits, spaces and hyphens, words
    /// starting with a letter, at most 100 characters, not a CSS keyword or generic family.
    /// </summary>
    /// <param name="family">Family name.</param>
    /// <returns>True when valid.</returns>
    public static bool IsFamilyName(string family) =>
        family.Length <= MaxFamilyLength && FamilyPattern().IsMatch(family) && !ReservedFamilies.Contains(family);

    /// <summary>Checks a colour.</summary>
    /// <param name="color">Colour, <see langword="null"/> or empty when not changed or cleared.</param>
    /// <param name="field">Field named in the problem.</param>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    public static Problem? Color(string? color, string field) =>
        string.IsNullOrEmpty(color) || IsColor(color)
            ? null
            : new Problem("branding.color", $"{field} must be a colour written #rrggbb (six hexadecimal digits, e.g. #1f3a5f); '{Shorten(color)}' is not.", field);

    /// <summary>Checks a footer text.</summary>
    /// <param name="footer">Footer.</param>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    public static Problem? Footer(string? footer)
    {
        if (footer is null)
            return null;
        if (footer.Length > MaxFooterLength)
            return new Problem("branding.footer-length", $"FooterText must be at most {MaxFooterLength} characters ({footer.Length} given).", "FooterText");
        return footer.Any(c => char.IsControl(c) && c != '\n')
            ? new Problem("branding.footer-control", "FooterText must not contain control characters (other than line breaks).", "FooterText")
            : null;
    }

    /// <summary>Checks a PNG logo: signature, IHDR header, size and dimensions.</summary>
    /// <param name="bytes">File.</param>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    public static Problem? Png(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxPngBytes)
            return new Problem("branding.logo-size", $"Logo: a PNG logo must be at most 1 MB ({bytes.Length} bytes given).", "Logo");
        // Signature (8), then the first chunk: length (4) = 13, type (4) = IHDR, width (4), height (4), ...
        if (bytes.Length < 8 + 8 + 13 + 4 || !bytes[..8].SequenceEqual(PngSignature))
            return new Problem("branding.logo-png", "Logo: the file declared as PNG does not start with the PNG signature (it is not a PNG image).", "Logo");
        if (BinaryPrimitives.ReadUInt32BigEndian(bytes[8..12]) != 13 || !bytes[12..16].SequenceEqual("IHDR"u8))
            return new Problem("branding.logo-png", "Logo: the PNG does not start with its IHDR header chunk (the file is damaged).", "Logo");
        var width = BinaryPrimitives.ReadUInt32BigEndian(bytes[16..20]);
        var height = BinaryPrimitives.ReadUInt32BigEndian(bytes[20..24]);
        if (width == 0 || height == 0)
            return new Problem("branding.logo-png", "Logo: the PNG header gives an empty image (width or height 0).", "Logo");
        return width > MaxPngPixels || height > MaxPngPixels
            ? new Problem("branding.logo-dimensions", $"Logo: a PNG logo must be at most {MaxPngPixels}×{MaxPngPixels} pixels ({width}×{height} given).", "Logo")
            : null;
    }

    /// <summary>The media type and CSS format of a font file from its signature, or a problem.</summary>
    /// <param name="bytes">File.</param>
    /// <param name="problem">The problem when refused.</param>
    /// <returns>Media type and CSS format, or <see langword="null"/>.</returns>
    public static (string MediaType, string Format)? Font(ReadOnlySpan<byte> bytes, out Problem? problem)
    {
        problem = null;
        if (bytes.Length > MaxFontBytes)
        {
            problem = new Problem("branding.font-size", $"FontFile: a font file must be at most 2 MB ({bytes.Length} bytes given).", "FontFile");
            return null;
        }
        var head = bytes.Length >= 4 ? bytes[..4] : [];
        if (head.SequenceEqual((ReadOnlySpan<byte>)[0x00, 0x01, 0x00, 0x00]) || head.SequenceEqual("true"u8))
            return ("font/ttf", "truetype");
        if (head.SequenceEqual("OTTO"u8))
            return ("font/otf", "opentype");
        if (head.SequenceEqual("wOF2"u8))
            return ("font/woff2", "woff2");
        problem = new Problem("branding.font-format",
            "FontFile must be a TrueType (.ttf), OpenType (.otf) or WOFF2 (.woff2) font; the file has none of their signatures.", "FontFile");
        return null;
    }

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;

    [GeneratedRegex("^#[0-9a-fA-F]{6}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex ColorPattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]*( [A-Za-z][A-Za-z0-9-]*)*\\z", RegexOptions.CultureInvariant)]
    private static partial Regex FamilyPattern();
}
