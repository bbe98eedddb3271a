using Facturation.Application.Common;
using Facturation.Application.Companies;
using Facturation.Domain.Parties;
using Facturation.Persistence;
using Facturation.Rendering.Documents;
using Facturation.Sdk.Common;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Branding;

/// <summary>
/// A company's branding: logo (PNG, or SVG sanitised), colours, font (installed, or uploaded and embedded) and footer
/// text. Every change adds a revision, kept for ever with its files; a document records the revision in force when it
/// is issued and is printed with it, so changing the branding never changes an issued document (drafts and previews
/// use the current one). Every part is checked before anything is written.
/// </summary>
/// <param name="contexts">Database.</param>
/// <param name="time">Clock.</param>
public sealed class BrandingService(IDbContextFactory<FacturationDbContext> contexts, TimeProvider time)
{
    private const int SaveAttempts = 5;

    private readonly BrandingViews _views = new(contexts);

    /// <summary>Changes a company's branding (parts not given keep their value) by adding a revision.</summary>
    /// <param name="companyCode">Company code.</param>
    /// <param name="input">The parts to change.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>
    /// The branding now current (a change that changes nothing adds no revision), or the problems (each naming its
    /// field and rule; nothing written then).
    /// </returns>
    public async Task<Outcome<BrandingSummary>> SetAsync(string companyCode, BrandingInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (await CompanyIdAsync(db, companyCode, cancellationToken) is not { } companyId)
                return Outcome<BrandingSummary>.Failure(CompanyService.NotFound(companyCode).Problems);
            var current = await CurrentAsync(db, companyId, cancellationToken);
            var change = BrandingChange.Apply(companyId, input, current);
            if (!change.Succeeded)
                return Outcome<BrandingSummary>.Failure(change.Problems);
            var (next, files) = change.Value;
            if (BrandingChange.SameLook(next, current))
                return Outcome<BrandingSummary>.Success(await SummaryAsync(db, companyCode, current!, cancellationToken));

            next.Revision = (current?.Revision ?? 0) + 1;
            next.CreatedAt = time.GetUtcNow();
            foreach (var file in files.DistinctBy(f => f.Id))
            {
                if (!await db.BrandingFiles.AnyAsync(f => f.Id == file.Id, cancellationToken))
                    db.BrandingFiles.Add(file);
            }
            db.BrandingRevisions.Add(next);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return Outcome<BrandingSummary>.Success(await SummaryAsync(db, companyCode, next, cancellationToken));
            }
            catch (DbUpdateException) when (attempt < SaveAttempts)
            {
                // Another change took the same revision number (or stored the same file): read the current one again.
            }
            catch (DbUpdateException)
            {
                return Outcome<BrandingSummary>.Failure("branding.conflict",
                    "Other branding changes for this company kept taking the same revision: nothing was saved, try again.", "Branding");
            }
        }
    }

    /// <summary>Reads a company's current branding (without the logo and font bytes).</summary>
    /// <param name="companyCode">Company code.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The branding (<see cref="BrandingSummary.IsSet"/> false when never set), or a not-found problem.</returns>
    public async Task<Outcome<BrandingSummary>> GetAsync(string companyCode, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await CompanyIdAsync(db, companyCode, cancellationToken) is not { } companyId)
            return Outcome<BrandingSummary>.Failure(CompanyService.NotFound(companyCode).Problems);
        var current = await CurrentAsync(db, companyId, cancellationToken);
        return Outcome<BrandingSummary>.Success(current is null
            ? new BrandingSummary(companyCode, false)
            : await SummaryAsync(db, companyCode, current, cancellationToken));
    }

    /// <summary>The company's current branding revision (0 when it never set one): what a document issued now records.</summary>
    /// <param name="db">The issuing transaction's context.</param>
    /// <param name="companyId">Company id.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The revision.</returns>
    public static async Task<long> CurrentRevisionAsync(FacturationDbContext db, Guid companyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.BrandingRevisions.Where(b => b.CompanyId == companyId).MaxAsync(b => (long?)b.Revision, cancellationToken) ?? 0;
    }

    /// <summary>What the layouts get of a branding revision, the defaults for what it does not set.</summary>
    /// <param name="companyId">Company id.</param>
    /// <param name="revision">A document's branding revision; <see langword="null"/> for the current one (drafts, previews).</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The view (<see cref="BrandingView.Default"/> for revision 0).</returns>
    public async Task<BrandingView> ViewAsync(Guid companyId, long? revision, CancellationToken cancellationToken)
    {
        if (revision is not { } fixedRevision)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            fixedRevision = await CurrentRevisionAsync(db, companyId, cancellationToken);
        }
        return await _views.OfAsync(companyId, fixedRevision, cancellationToken);
    }

    private static Task<BrandingRevision?> CurrentAsync(FacturationDbContext db, Guid companyId, CancellationToken cancellationToken) =>
        db.BrandingRevisions.AsNoTracking().Where(b => b.CompanyId == companyId).OrderByDescending(b => b.Revision).FirstOrDefaultAsync(cancellationToken);

    private static async Task<Guid?> CompanyIdAsync(FacturationDbContext db, string code, CancellationToken cancellationToken) =>
        await db.Companies.AsNoTracking().Where(c => c.Code == code).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);

    private static async Task<BrandingSummary> SummaryAsync(FacturationDbContext db, string companyCode, BrandingRevision branding, CancellationToken cancellationToken)
    {
        string?[] ids = [branding.LogoFileId, branding.FontFileId];
        var files = await db.BrandingFiles.AsNoTracking().Where(f => ids.Contains(f.Id))
            .Select(f => new { f.Id, f.MediaType, Bytes = f.Content.Length })
            .ToDictionaryAsync(f => f.Id, cancellationToken);
        var logo = branding.LogoFileId is { } logoId ? files.GetValueOrDefault(logoId) : null;
        var font = branding.FontFileId is { } fontId ? files.GetValueOrDefault(fontId) : null;
        return new BrandingSummary(companyCode, true)
        {
            Revision = branding.Revision,
            LogoMediaType = logo?.MediaType,
            LogoBytes = logo?.Bytes ?? 0,
            PrimaryColor = branding.PrimaryColor,
            AccentColor = branding.AccentColor,
            FontFamily = branding.FontFamily,
            FontMediaType = font?.MediaType,
            FontBytes = font?.Bytes ?? 0,
            FooterText = branding.FooterText,
            UpdatedAt = branding.CreatedAt,
        };
    }
}
