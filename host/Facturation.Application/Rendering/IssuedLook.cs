using Facturation.Application.Branding;
using Facturation.Application.Templates;
using Facturation.Domain.Documents;
using Facturation.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Rendering;

/// <summary>
/// Freezes how a document looks when it is issued, as its snapshot freezes what it says: the company's template
/// revision, its branding revision and the engine of the default layouts. Re-rendering it later uses exactly these,
/// whatever was edited since.
/// </summary>
internal static class IssuedLook
{
    /// <summary>Records the look in force on <paramref name="document"/>, inside the issuing transaction.</summary>
    public static async Task FreezeAsync(FacturationDbContext db, Document document, Guid companyId, CancellationToken cancellationToken)
    {
        document.TemplateRevision = await db.DocumentTemplates.Where(t => t.CompanyId == companyId)
            .MaxAsync(t => (long?)t.Revision, cancellationToken) ?? 0;
        document.BrandingRevision = await BrandingService.CurrentRevisionAsync(db, companyId, cancellationToken);
        document.DefaultLayoutEngineId = TemplateService.DefaultEngineId;
    }
}
