using Facturation.Application.Companies;
using Facturation.Domain.Parties;
using Facturation.Domain.Templates;
using Facturation.Persistence;
using Facturation.Sdk.Common;
using Facturation.Sdk.Templates;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Templates;

/// <summary>
/// A company's saved template versions: read one (the current, a numbered one, or the plugin's default as version 0)
/// and append one. Versions are never updated or deleted; the version and the company-wide revision are taken in the
/// saving transaction and retried when a concurrent save took the same numbers.
/// </summary>
internal sealed class TemplateVersionStore(IDbContextFactory<FacturationDbContext> contexts, TemplateResolver resolver, TimeProvider time)
{
    private const int SaveAttempts = 5;

    public async Task<Outcome<TemplateVersion>> InsertAsync(
        Company company, string layout, string language, string engineId, TemplateSource source, string author, string? comment, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var version = (await db.DocumentTemplates.Where(t => t.CompanyId == company.Id && t.Layout == layout && t.Language == language)
                .MaxAsync(t => (int?)t.Version, cancellationToken) ?? 0) + 1;
            var revision = (await db.DocumentTemplates.Where(t => t.CompanyId == company.Id)
                .MaxAsync(t => (long?)t.Revision, cancellationToken) ?? 0) + 1;
            var saved = new DocumentTemplate
            {
                CompanyId = company.Id,
                Layout = layout,
                Language = language,
                Version = version,
                Revision = revision,
                EngineId = engineId,
                Text = source.Text,
                Partials = new Dictionary<string, string>(source.Partials, StringComparer.Ordinal),
                Author = author,
                Comment = comment,
                CreatedAt = time.GetUtcNow(),
            };
            db.DocumentTemplates.Add(saved);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return Outcome<TemplateVersion>.Success(ToVersion(saved));
            }
            catch (DbUpdateException) when (attempt < SaveAttempts)
            {
                // Another save took the same version or revision number: read the numbers again.
            }
            catch (DbUpdateException)
            {
                return Outcome<TemplateVersion>.Failure("template.conflict",
                    "Other template saves for this company kept taking the same version number: nothing was saved, try again.", "Template");
            }
        }
    }

    public async Task<Outcome<TemplateVersion>> GetAsync(
        FacturationDbContext db, Company company, string layout, string language, int? version, CancellationToken cancellationToken)
    {
        if (version != 0)
        {
            var query = db.DocumentTemplates.AsNoTracking().Where(t => t.CompanyId == company.Id && t.Layout == layout && t.Language == language);
            var saved = version is { } wanted
                ? await query.SingleOrDefaultAsync(t => t.Version == wanted, cancellationToken)
                : await query.OrderByDescending(t => t.Version).FirstOrDefaultAsync(cancellationToken);
            if (saved is not null)
                return Outcome<TemplateVersion>.Success(ToVersion(saved));
            if (version is not null)
            {
                return Outcome<TemplateVersion>.Failure("template.version-not-found",
                    $"The '{layout}' layout in '{language}' has no version {version}.", "Version");
            }
        }
        var fallback = resolver.Default(layout, language);
        if (!fallback.Succeeded)
            return Outcome<TemplateVersion>.Failure(fallback.Problems);
        var template = fallback.Value!;
        return Outcome<TemplateVersion>.Success(new TemplateVersion(layout, language, 0, 0, template.Engine.Id, template.Source.Text,
            new Dictionary<string, string>(template.Source.Partials, StringComparer.Ordinal)));
    }

    public static TemplateVersion ToVersion(DocumentTemplate saved) =>
        new(saved.Layout, saved.Language, saved.Version, saved.Revision, saved.EngineId, saved.Text,
            new Dictionary<string, string>(saved.Partials, StringComparer.Ordinal))
        {
            Author = saved.Author,
            Comment = saved.Comment,
            CreatedAt = saved.CreatedAt,
        };

    public static Task<Company?> FindCompanyAsync(FacturationDbContext db, string companyCode, CancellationToken cancellationToken) =>
        db.Companies.AsNoTracking().SingleOrDefaultAsync(c => c.Code == companyCode, cancellationToken);
}
