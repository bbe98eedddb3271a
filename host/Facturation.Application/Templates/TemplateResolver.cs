using Facturation.Application.Plugins;
using Facturation.Domain.Templates;
using Facturation.Persistence;
using Facturation.Sdk.Common;
using Facturation.Sdk.Templates;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Templates;

/// <summary>
/// Picks the template a document renders with (the snapshot rule): for a document issued at template revision R, the
/// latest saved version of its layout and language whose revision is at most R, rendered by the engine it was saved
/// for; without one, the default layout of the engine recorded on the document (Handlebars for documents issued before
/// Scriban became the layout engine). A template saved after the document was issued never changes how it renders.
/// </summary>
/// <param name="contexts">Database.</param>
/// <param name="extensions">Loaded plugins (template engines, default layouts).</param>
public sealed class TemplateResolver(IDbContextFactory<FacturationDbContext> contexts, ExtensionRegistry extensions)
{
    // What a revision resolves to never changes: versions are never edited or deleted, and a new one always takes a
    // revision above every existing one, so "the latest version at or below R" is fixed once R is issued.
    private readonly Caching.BoundedCache<(Guid Company, long Revision, string Layout, string Language, string DefaultEngine), ResolvedTemplate> _resolved = new(1024);

    /// <summary>The template of a layout and language as it was at a company revision.</summary>
    /// <param name="companyId">Company.</param>
    /// <param name="revision">The company's template revision (a document's <c>TemplateRevision</c>), 0 for the defaults.</param>
    /// <param name="layout">Layout name.</param>
    /// <param name="language">Language.</param>
    /// <param name="defaultEngineId">The engine whose default layout is used without a saved version (a document's <c>DefaultLayoutEngineId</c>).</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The template, or a problem (no default layout, the version's engine not loaded).</returns>
    public async Task<Outcome<ResolvedTemplate>> ResolveAsync(
        Guid companyId, long revision, string layout, string language, string defaultEngineId, CancellationToken cancellationToken)
    {
        var key = (companyId, revision, layout, language, defaultEngineId);
        if (_resolved.TryGet(key, out var known))
            return Outcome<ResolvedTemplate>.Success(known);
        var resolved = Default(layout, language, defaultEngineId);
        if (revision > 0)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var saved = await db.DocumentTemplates.AsNoTracking()
                .Where(t => t.CompanyId == companyId && t.Layout == layout && t.Language == language && t.Revision <= revision)
                .OrderByDescending(t => t.Version)
                .FirstOrDefaultAsync(cancellationToken);
            if (saved is not null)
                resolved = FromSaved(saved);
        }
        if (resolved.Succeeded)
            _resolved.Add(key, resolved.Value!);
        return resolved;
    }

    /// <summary>A saved version with its engine.</summary>
    /// <param name="saved">The version.</param>
    /// <returns>The template, or a problem when its engine is not loaded.</returns>
    internal Outcome<ResolvedTemplate> FromSaved(DocumentTemplate saved)
    {
        if (extensions.TemplateEngine(saved.EngineId) is not { } engine)
        {
            return Outcome<ResolvedTemplate>.Failure("render.engine-missing",
                $"Version {saved.Version} of the '{saved.Layout}' layout in '{saved.Language}' is written for template engine '{saved.EngineId}', which is not loaded.", "Template");
        }
        var source = new TemplateSource($"{saved.Layout}.{saved.Language}", saved.Text)
        {
            Partials = new Dictionary<string, string>(saved.Partials, StringComparer.Ordinal),
        };
        return Outcome<ResolvedTemplate>.Success(new ResolvedTemplate(engine, source, saved.Version, saved.Revision));
    }

    /// <summary>The default layout of the product's layout engine (<see cref="TemplateService.DefaultEngineId"/>).</summary>
    /// <param name="layout">Layout name.</param>
    /// <param name="language">Language.</param>
    /// <returns>The template, or a problem when no loaded plugin provides it.</returns>
    internal Outcome<ResolvedTemplate> Default(string layout, string language) => Default(layout, language, TemplateService.DefaultEngineId);

    /// <summary>A plugin's default layout, written for <paramref name="engineId"/> when a loaded plugin has one.</summary>
    /// <param name="layout">Layout name.</param>
    /// <param name="language">Language.</param>
    /// <param name="engineId">Preferred engine.</param>
    /// <returns>The template, or a problem when no loaded plugin provides it.</returns>
    internal Outcome<ResolvedTemplate> Default(string layout, string language, string engineId) =>
        extensions.DefaultLayout(layout, language, engineId) is { } found && extensions.TemplateEngine(found.Key.EngineId) is { } engine
            ? Outcome<ResolvedTemplate>.Success(new ResolvedTemplate(engine, found.Source, 0, 0))
            : Outcome<ResolvedTemplate>.Failure("render.no-layout",
                $"No loaded plugin provides the '{layout}' layout in '{language}' with a loaded template engine.", "Layout");
}
