using Facturation.Application.Common;
using Facturation.Application.Companies;
using Facturation.Domain.Parties;
using Facturation.Persistence;
using Facturation.Rendering.Documents;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Branding;

/// <summary>
/// A company's branding: logo (PNG, or SVG sanitised), colours, font (installed, or uploaded and embedded) and footer
/// text, stored with the company (one row each). Every part is checked before anything is written. Documents are
/// rendered with the company's current branding: it is not versioned like the templates.
/// </summary>
/// <param name="contexts">Database.</param>
/// <param name="time">Clock.</param>
public sealed class BrandingService(IDbContextFactory<FacturationDbContext> contexts, TimeProvider time)
{
    /// <summary>How long a company's branding view is reused by renders in this process. A change made here is seen
    /// at once; one made by another process (the command line while the server runs) within this time.</summary>
    public static readonly TimeSpan ViewLifetime = TimeSpan.FromSeconds(5);

    // The view inlines the logo and font as base64: read and encoded once per company and lifetime, not per render.
    private readonly Caching.BoundedCache<Guid, (BrandingView View, DateTimeOffset Until)> _views = new(1024);

    private const int FamiliesListed = 20;

    /// <summary>Changes a company's branding (parts not given keep their value).</summary>
    /// <param name="companyCode">Company code.</param>
    /// <param name="input">The parts to change.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The stored branding, or the problems (each naming its field and rule; nothing written then).</returns>
    public async Task<Outcome<BrandingSummary>> SetAsync(string companyCode, BrandingInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var companyId = await CompanyIdAsync(db, companyCode, cancellationToken);
        if (companyId is null)
            return Outcome<BrandingSummary>.Failure(CompanyService.NotFound(companyCode).Problems);
        var branding = await db.CompanyBrandings.SingleOrDefaultAsync(b => b.CompanyId == companyId, cancellationToken);

        var validator = new Validator();
        var logo = Logo(input, validator);
        validator.Add(BrandingRules.Color(input.PrimaryColor, "PrimaryColor"));
        validator.Add(BrandingRules.Color(input.AccentColor, "AccentColor"));
        validator.Add(BrandingRules.Footer(input.FooterText));
        var font = Font(input, branding, validator);
        if (!validator.IsValid)
            return Outcome<BrandingSummary>.Failure(validator.Problems);

        if (branding is null)
        {
            branding = new CompanyBranding { CompanyId = companyId.Value };
            db.CompanyBrandings.Add(branding);
        }
        if (input.RemoveLogo)
            (branding.Logo, branding.LogoMediaType) = (null, null);
        else if (logo is not null)
            (branding.Logo, branding.LogoMediaType) = logo.Value;
        branding.PrimaryColor = Overlay(input.PrimaryColor?.ToLowerInvariant(), branding.PrimaryColor);
        branding.AccentColor = Overlay(input.AccentColor?.ToLowerInvariant(), branding.AccentColor);
        branding.FooterText = Overlay(input.FooterText, branding.FooterText);
        (branding.FontFamily, branding.Font, branding.FontMediaType) = font;
        branding.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        _views.Remove(branding.CompanyId);
        return Outcome<BrandingSummary>.Success(Summary(companyCode, branding));
    }

    /// <summary>Reads a company's branding (without the logo and font bytes).</summary>
    /// <param name="companyCode">Company code.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The branding (<see cref="BrandingSummary.IsSet"/> false when never set), or a not-found problem.</returns>
    public async Task<Outcome<BrandingSummary>> GetAsync(string companyCode, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var companyId = await CompanyIdAsync(db, companyCode, cancellationToken);
        if (companyId is null)
            return Outcome<BrandingSummary>.Failure(CompanyService.NotFound(companyCode).Problems);
        var branding = await db.CompanyBrandings.AsNoTracking().SingleOrDefaultAsync(b => b.CompanyId == companyId, cancellationToken);
        return Outcome<BrandingSummary>.Success(branding is null ? new BrandingSummary(companyCode, false) : Summary(companyCode, branding));
    }

    /// <summary>What the layouts get for a company: its current branding, the defaults for what is not set.</summary>
    /// <param name="companyId">Company id.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The view (<see cref="BrandingView.Default"/> without branding).</returns>
    public async Task<BrandingView> ViewAsync(Guid companyId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_views.TryGet(companyId, out var kept) && kept.Until > now)
            return kept.View;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var branding = await db.CompanyBrandings.AsNoTracking().SingleOrDefaultAsync(b => b.CompanyId == companyId, cancellationToken);
        var view = branding is null ? BrandingView.Default : View(branding);
        _views.Add(companyId, (view, now + ViewLifetime));
        return view;
    }

    /// <summary>The layouts' view of a stored branding.</summary>
    /// <param name="branding">Stored branding.</param>
    /// <returns>The view.</returns>
    public static BrandingView View(CompanyBranding branding)
    {
        ArgumentNullException.ThrowIfNull(branding);
        var defaults = BrandingView.Default;
        var fontFace = branding is { Font: { } font, FontFamily: { } family, FontMediaType: { } fontType }
            ? $"@font-face {{ font-family: '{family}'; src: url(data:{fontType};base64,{Convert.ToBase64String(font)}) format('{CssFormat(fontType)}'); }}"
            : "";
        return new BrandingView(
            branding.PrimaryColor ?? defaults.PrimaryColor,
            branding.AccentColor ?? defaults.AccentColor,
            branding.FontFamily is { } name ? $"{name}, {defaults.FontFamily}" : defaults.FontFamily)
        {
            LogoDataUri = branding is { Logo: { } logo, LogoMediaType: { } logoType } ? $"data:{logoType};base64,{Convert.ToBase64String(logo)}" : null,
            FontFaceCss = fontFace,
            FooterText = branding.FooterText,
        };
    }

    private static (byte[] Bytes, string MediaType)? Logo(BrandingInput input, Validator validator)
    {
        if (input.Logo is not { } bytes)
            return null;
        validator.When(input.RemoveLogo, "Logo", "branding.logo-conflict", "Logo: give a new logo or remove the logo, not both.");
        switch (input.LogoKind)
        {
            case LogoKind.Png:
                var problem = BrandingRules.Png(bytes);
                validator.Add(problem);
                return problem is null ? (bytes, "image/png") : null;
            case LogoKind.Svg:
                var svg = SvgSanitizer.Sanitise(bytes, out var refused);
                validator.Add(refused);
                return svg is null ? null : (svg, "image/svg+xml");
            default:
                validator.When(true, "LogoKind", "branding.logo-kind", "LogoKind is required with a logo: png or svg.");
                return null;
        }
    }

    // The family, font bytes and font media type to store.
    private static (string? Family, byte[]? Font, string? MediaType) Font(BrandingInput input, CompanyBranding? current, Validator validator)
    {
        var kept = input.RemoveFont || current?.Font is null ? null : current;
        var keptFont = (Family: kept?.FontFamily, kept?.Font, kept?.FontMediaType);
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
            return format is { } known ? (input.FontFamily, file, known.MediaType) : default;
        }
        if (input.FontFamily is null)
        {
            // Unchanged; removing the uploaded font also drops the family that named it.
            return current?.Font is not null && input.RemoveFont ? default : (current?.FontFamily, keptFont.Font, keptFont.FontMediaType);
        }
        if (input.FontFamily.Length == 0)
            return default;
        if (!CheckName(input.FontFamily, validator))
            return default;
        if (keptFont.Font is not null && string.Equals(keptFont.Family, input.FontFamily, StringComparison.OrdinalIgnoreCase))
            return (input.FontFamily, keptFont.Font, keptFont.FontMediaType);
        if (InstalledFonts.Find(input.FontFamily) is { } installed)
            return (installed, null, null);
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

    private static string CssFormat(string mediaType) => mediaType switch
    {
        "font/otf" => "opentype",
        "font/woff2" => "woff2",
        _ => "truetype",
    };

    private static string? Overlay(string? given, string? current) => given is null ? current : given.Length == 0 ? null : given;

    private static async Task<Guid?> CompanyIdAsync(FacturationDbContext db, string code, CancellationToken cancellationToken) =>
        await db.Companies.AsNoTracking().Where(c => c.Code == code).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);

    private static BrandingSummary Summary(string companyCode, CompanyBranding branding) => new(companyCode, true)
    {
        LogoMediaType = branding.LogoMediaType,
        LogoBytes = branding.Logo?.Length ?? 0,
        PrimaryColor = branding.PrimaryColor,
        AccentColor = branding.AccentColor,
        FontFamily = branding.FontFamily,
        FontMediaType = branding.FontMediaType,
        FontBytes = branding.Font?.Length ?? 0,
        FooterText = branding.FooterText,
        UpdatedAt = branding.UpdatedAt,
    };
}
