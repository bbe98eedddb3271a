using System.Security.Cryptography;
using System.Text;
using Facturation.Application.Common;
using Facturation.Domain.Parties;
using Facturation.Sdk.Common;

namespace Facturation.Application.Branding;

/// <summary>
/// A change applied to the current branding revision: every part checked, the next revision's values (parts not given
/// keep theirs, an empty text clears one), and the files it adds. Nothing is stored here.
/// </summary>
internal static class BrandingChange
{
    private const int FamiliesListed = 20;

    /// <summary>The next revision (number and time still to set) and its new files, or the problems.</summary>
    public static Outcome<(BrandingRevision Next, IReadOnlyList<BrandingFile> Files)> Apply(Guid companyId, BrandingInput input, BrandingRevision? current)
    {
        var files = new List<BrandingFile>();
        var validator = new Validator();
        var logo = Logo(input, validator);
        validator.Add(BrandingRules.Color(input.PrimaryColor, "PrimaryColor"));
        validator.Add(BrandingRules.Color(input.AccentColor, "AccentColor"));
        validator.Add(BrandingRules.Footer(input.FooterText));
        var (family, font) = Font(input, current, validator);
        if (!validator.IsValid)
            return Outcome<(BrandingRevision, IReadOnlyList<BrandingFile>)>.Failure(validator.Problems);

        var next = new BrandingRevision
        {
            CompanyId = companyId,
            LogoFileId = input.RemoveLogo ? null : logo?.Id ?? current?.LogoFileId,
            PrimaryColor = Overlay(input.PrimaryColor?.ToLowerInvariant(), current?.PrimaryColor),
            AccentColor = Overlay(input.AccentColor?.ToLowerInvariant(), current?.AccentColor),
            FontFamily = family,
            FontFileId = font is { } kept ? kept.Id : null,
            FooterText = Overlay(input.FooterText, current?.FooterText),
        };
        if (logo is not null)
            files.Add(logo);
        if (font?.File is { } newFont)
            files.Add(newFont);
        return Outcome<(BrandingRevision, IReadOnlyList<BrandingFile>)>.Success((next, files));
    }

    /// <summary>Whether two revisions give the same look (a change that changes nothing adds no revision).</summary>
    public static bool SameLook(BrandingRevision next, BrandingRevision? current) =>
        current is not null
        && next.LogoFileId == current.LogoFileId && next.PrimaryColor == current.PrimaryColor && next.AccentColor == current.AccentColor
        && next.FontFamily == current.FontFamily && next.FontFileId == current.FontFileId && next.FooterText == current.FooterText;

    /// <summary>A file named by its media type and content, so the same file is stored once.</summary>
    public static BrandingFile File(string mediaType, byte[] content)
    {
        var hash = SHA256.HashData([.. Encoding.UTF8.GetBytes(mediaType + "\n"), .. content]);
        return new BrandingFile { Id = "sha256-" + Convert.ToHexStringLower(hash), MediaType = mediaType, Content = content };
    }

    private static BrandingFile? Logo(BrandingInput input, Validator validator)
    {
        if (input.Logo is not { } bytes)
            return null;
        validator.When(input.RemoveLogo, "Logo", "branding.logo-conflict", "Logo: give a new logo or remove the logo, not both.");
        switch (input.LogoKind)
        {
            case LogoKind.Png:
                var problem = BrandingRules.Png(bytes);
                validator.Add(problem);
                return problem is null ? File("image/png", bytes) : null;
            case LogoKind.Svg:
                var svg = SvgSanitizer.Sanitise(bytes, out var refused);
                validator.Add(refused);
                return svg is null ? null : File("image/svg+xml", svg);
            default:
                validator.When(true, "LogoKind", "branding.logo-kind", "LogoKind is required with a logo: png or svg.");
                return null;
        }
    }

    // The family and the font file to keep or add (File set only for a new upload).
    private static (string? Family, (string Id, BrandingFile? File)? Font) Font(BrandingInput input, BrandingRevision? current, Validator validator)
    {
        (string Id, BrandingFile? File)? keptFont = input.RemoveFont || current?.FontFileId is null ? null : (current.FontFileId, null);
        var keptFamily = keptFont is null ? null : current?.FontFamily;
        if (input.FontFile is { } file)
        {
            validator.When(input.RemoveFont, "FontFile", "branding.font-conflict", "FontFile: give a new font file or remove the font, not both.");
            var format = BrandingRules.Font(file, out var problem);
            validator.Add(problem);
            if (string.IsNullOrEmpty(input.FontFamily))
            {
                validator.When(true, "FontFamily", "branding.font-family-required",
                    "FontFamily is required with FontFile: it is the name the documents give the uploaded font.");
                return default;
            }
            if (!CheckName(input.FontFamily, validator))
                return default;
            if (format is not { } known)
                return default;
            var uploaded = File(known.MediaType, file);
            return (input.FontFamily, (uploaded.Id, uploaded));
        }
        if (input.FontFamily is null)
        {
            // Unchanged; removing the uploaded font also drops the family that named it.
            return current?.FontFileId is not null && input.RemoveFont ? default : (current?.FontFamily, keptFont);
        }
        if (input.FontFamily.Length == 0)
            return default;
        if (!CheckName(input.FontFamily, validator))
            return default;
        if (keptFont is not null && string.Equals(keptFamily, input.FontFamily, StringComparison.OrdinalIgnoreCase))
            return (input.FontFamily, keptFont);
        if (InstalledFonts.Find(input.FontFamily) is { } installed)
            return (installed, null);
        var listed = string.Join(", ", InstalledFonts.All.Take(FamiliesListed)) + (InstalledFonts.All.Count > FamiliesListed ? ", …" : "");
        validator.When(true, "FontFamily", "branding.font-not-installed",
            $"FontFamily '{input.FontFamily}' is not a font installed on this machine (installed: {listed}); to use another font, upload its file with FontFile.");
        return default;
    }

    private static bool CheckName(string family, Validator validator)
    {
        var valid = BrandingRules.IsFamilyName(family);
        validator.When(!valid, "FontFamily", "branding.font-family-name",
            $"FontFamily must be at most {BrandingRules.MaxFamilyLength} characters of ASCII letters, digits, spaces and hyphens, each word starting with a letter, and not a CSS keyword or generic family (e.g. DejaVu Serif).");
        return valid;
    }

    private static string? Overlay(string? given, string? current) => given is null ? current : given.Length == 0 ? null : given;
}
