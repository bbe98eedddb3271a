using Facturation.Domain.Parties;
using Facturation.Persistence;
using Facturation.Rendering.Documents;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Branding;

/// <summary>
/// What the layouts get of a branding revision: the colours, the font family list, and the logo and font inlined as
/// data URIs. A revision never changes, so its view is computed once per process; the data URIs are kept per file, so
/// revisions that share a logo or font share its text.
/// </summary>
/// <param name="contexts">Database.</param>
internal sealed class BrandingViews(IDbContextFactory<FacturationDbContext> contexts)
{
    // Views hold the inlined files (a logo or font is up to a few megabytes of text): a hundred or so of each at most.
    private readonly Caching.BoundedCache<(Guid Company, long Revision), BrandingView> _views = new(128);
    private readonly Caching.BoundedCache<string, (string Uri, string MediaType)> _dataUris = new(128);

    public async Task<BrandingView> OfAsync(Guid companyId, long revision, CancellationToken cancellationToken)
    {
        if (revision <= 0)
            return BrandingView.Default;
        if (_views.TryGet((companyId, revision), out var known))
            return known;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.BrandingRevisions.AsNoTracking()
            .SingleOrDefaultAsync(b => b.CompanyId == companyId && b.Revision == revision, cancellationToken);
        // A revision is never deleted: one that is not there was never made, and the document was issued without branding.
        var view = stored is null ? BrandingView.Default : await ViewAsync(db, stored, cancellationToken);
        _views.Add((companyId, revision), view);
        return view;
    }

    private async Task<BrandingView> ViewAsync(FacturationDbContext db, BrandingRevision branding, CancellationToken cancellationToken)
    {
        var defaults = BrandingView.Default;
        var logo = branding.LogoFileId is { } logoId ? await DataUriAsync(db, logoId, cancellationToken) : null;
        var font = branding.FontFileId is { } fontId ? await DataUriAsync(db, fontId, cancellationToken) : null;
        var fontFace = font is not null && branding.FontFamily is { } family
            ? $"@font-face {{ font-family: '{family}'; src: url({font.Value.Uri}) format('{CssFormat(font.Value.MediaType)}'); }}"
            : "";
        return new BrandingView(
            branding.PrimaryColor ?? defaults.PrimaryColor,
            branding.AccentColor ?? defaults.AccentColor,
            branding.FontFamily is { } name ? $"{name}, {defaults.FontFamily}" : defaults.FontFamily)
        {
            LogoDataUri = logo?.Uri,
            FontFaceCss = fontFace,
            FooterText = branding.FooterText,
        };
    }

    private async Task<(string Uri, string MediaType)?> DataUriAsync(FacturationDbContext db, string fileId, CancellationToken cancellationToken)
    {
        if (_dataUris.TryGet(fileId, out var known))
            return known;
        var file = await db.BrandingFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId, cancellationToken);
        if (file is null)
            return null;
        var inlined = ($"data:{file.MediaType};base64,{Convert.ToBase64String(file.Content)}", file.MediaType);
        _dataUris.Add(fileId, inlined);
        return inlined;
    }

    private static string CssFormat(string mediaType) => mediaType switch
    {
        "font/otf" => "opentype",
        "font/woff2" => "woff2",
        _ => "truetype",
    };
}
