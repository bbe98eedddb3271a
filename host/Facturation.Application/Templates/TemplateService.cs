using System.Text;
using Facturation.Application.Common;
using Facturation.Application.Companies;
using Facturation.Application.Documents;
using Facturation.Application.Issuing;
using Facturation.Application.Plugins;
using Facturation.Application.Rendering;
using Facturation.Domain.Parties;
using Facturation.Domain.Templates;
using Facturation.Persistence;
using Facturation.Rendering.Documents;
using Facturation.Rendering.Html;
using Facturation.Sdk.Common;
using Facturation.Sdk.Templates;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Templates;

/// <summary>
/// The layouts an admin edits, per company, layout and language. Saving compiles the template first (errors with line
/// and column refuse it) and adds a version; versions are never changed or deleted, a rollback adds a copy. Issued
/// documents keep rendering with the versions current when they were issued (<see cref="TemplateResolver"/>).
/// </summary>
/// <param name="contexts">Database.</param>
/// <param name="extensions">Loaded plugins (template engines, default layouts).</param>
/// <param name="resolver">Version look-up.</param>
/// <param name="documents">Document look-up (preview with a real document).</param>
/// <param name="html">HTML renderer (compiles).</param>
/// <param name="printer">Prints previews the way documents are rendered.</param>
/// <param name="time">Clock.</param>
public sealed class TemplateService(
    IDbContextFactory<FacturationDbContext> contexts, ExtensionRegistry extensions, TemplateResolver resolver, DocumentService documents,
    HtmlRenderer html, DocumentPrinter printer, TimeProvider time)
{
    // Both are stateless views over the same database: the draft keeps its own store for reading current versions.
    private readonly TemplateVersionStore _store = new(contexts, resolver, time);
    private readonly TemplateDraft _draft = new(contexts, extensions, html, new TemplateVersionStore(contexts, resolver, time), resolver);

    /// <summary>
    /// The layout engine: new versions are written for it, and its plugin's default layouts are the ones documents use
    /// until a company saves its own.
    /// </summary>
    public const string DefaultEngineId = "scriban";

    /// <summary>
    /// Engines kept only to render the versions saved with them (and the documents issued with those): no new version
    /// is written for them. Handlebars was the layout engine before Scriban; a rollback to a Handlebars version still
    /// restores it as it was.
    /// </summary>
    public static IReadOnlyList<string> RetiredEngineIds { get; } = ["handlebars"];

    /// <summary>Largest template or partial, in UTF-8 bytes.</summary>
    public const int MaxTextBytes = 200 * 1024;

    /// <summary>Most partials in one version.</summary>
    public const int MaxPartials = 50;

    private const int MaxAuthor = 100;
    private const int MaxComment = 500;

    /// <summary>The layouts a company can edit.</summary>
    public static IReadOnlyList<string> Layouts { get; } =
        [LayoutNames.Invoice, LayoutNames.CreditNote, LayoutNames.DepositInvoice, LayoutNames.Quote, LayoutNames.DeliveryNote, LayoutNames.PaymentReminder];

    /// <summary>Checks, compiles and saves a new version.</summary>
    /// <param name="companyCode">Company.</param>
    /// <param name="edit">Layout, language, text, partials, author, comment.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The saved version, or the problems (compile errors name their line and column).</returns>
    public async Task<Outcome<TemplateVersion>> SaveAsync(string companyCode, TemplateEdit edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var validator = new Validator();
        TemplateDraft.CheckKey(validator, edit.Layout, edit.Language);
        validator.Required(edit.Author, "Author")
            .When(edit.Author?.Length > MaxAuthor, "Author", "too-long", $"Author is longer than {MaxAuthor} characters.")
            .When(edit.Comment?.Length > MaxComment, "Comment", "too-long", $"Comment is longer than {MaxComment} characters.");
        var prepared = await _draft.PrepareAsync(companyCode, edit.Layout, edit.Language, edit.EngineId, edit.Text, edit.Partials, validator, cancellationToken);
        if (!prepared.Succeeded)
            return Outcome<TemplateVersion>.Failure(prepared.Problems);
        var (company, source) = prepared.Value;
        return await _store.InsertAsync(company, edit.Layout, edit.Language, edit.EngineId, source, edit.Author!.Trim(), Blank(edit.Comment), cancellationToken);
    }

    /// <summary>The saved versions of a layout and language, oldest first.</summary>
    /// <param name="companyCode">Company.</param>
    /// <param name="layout">Layout name.</param>
    /// <param name="language">Language.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The history (empty while the default layout is used), or the problems.</returns>
    public async Task<Outcome<IReadOnlyList<TemplateHistoryEntry>>> HistoryAsync(string companyCode, string layout, string language, CancellationToken cancellationToken)
    {
        var validator = TemplateDraft.CheckKey(new Validator(), layout, language);
        if (!validator.IsValid)
            return Outcome<IReadOnlyList<TemplateHistoryEntry>>.Failure(validator.Problems);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await TemplateVersionStore.FindCompanyAsync(db, companyCode, cancellationToken) is not { } company)
            return Outcome<IReadOnlyList<TemplateHistoryEntry>>.Failure(CompanyService.NotFound(companyCode).Problems);
        var entries = await db.DocumentTemplates.AsNoTracking()
            .Where(t => t.CompanyId == company.Id && t.Layout == layout && t.Language == language)
            .OrderBy(t => t.Version)
            .Select(t => new TemplateHistoryEntry(t.Version, t.Revision, t.EngineId, t.Author, t.Comment, t.CreatedAt))
            .ToListAsync(cancellationToken);
        return Outcome<IReadOnlyList<TemplateHistoryEntry>>.Success(entries);
    }

    /// <summary>A version of a layout and language.</summary>
    /// <param name="companyCode">Company.</param>
    /// <param name="layout">Layout name.</param>
    /// <param name="language">Language.</param>
    /// <param name="version">Version; <see langword="null"/> for the current one, 0 for the plugin's default layout.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The version (the default layout as version 0 while none is saved), or the problems.</returns>
    public async Task<Outcome<TemplateVersion>> GetAsync(string companyCode, string layout, string language, int? version, CancellationToken cancellationToken)
    {
        var validator = TemplateDraft.CheckKey(new Validator(), layout, language);
        if (!validator.IsValid)
            return Outcome<TemplateVersion>.Failure(validator.Problems);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await TemplateVersionStore.FindCompanyAsync(db, companyCode, cancellationToken) is not { } company)
            return Outcome<TemplateVersion>.Failure(CompanyService.NotFound(companyCode).Problems);
        return await _store.GetAsync(db, company, layout, language, version, cancellationToken);
    }

    /// <summary>The layouts and languages with the version a document issued now would use.</summary>
    /// <param name="companyCode">Company.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>One row per layout and language, or the problems.</returns>
    public async Task<Outcome<IReadOnlyList<TemplateSummary>>> ListAsync(string companyCode, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await TemplateVersionStore.FindCompanyAsync(db, companyCode, cancellationToken) is not { } company)
            return Outcome<IReadOnlyList<TemplateSummary>>.Failure(CompanyService.NotFound(companyCode).Problems);
        var saved = await db.DocumentTemplates.AsNoTracking()
            .Where(t => t.CompanyId == company.Id)
            .Select(t => new { t.Layout, t.Language, t.Version, t.Revision, t.Author, t.CreatedAt })
            .ToListAsync(cancellationToken);
        var current = saved.GroupBy(t => (t.Layout, t.Language)).ToDictionary(g => g.Key, g => g.MaxBy(t => t.Version)!);
        var rows = Layouts.SelectMany(layout => LayoutLanguage.Supported.Select(language =>
                current.TryGetValue((layout, language), out var found)
                    ? new TemplateSummary(layout, language, found.Version, found.Revision) { Author = found.Author, CreatedAt = found.CreatedAt }
                    : new TemplateSummary(layout, language, 0, 0)))
            .ToList();
        return Outcome<IReadOnlyList<TemplateSummary>>.Success(rows);
    }

    /// <summary>Makes an earlier version current again by saving a copy of it as a new version.</summary>
    /// <param name="companyCode">Company.</param>
    /// <param name="layout">Layout name.</param>
    /// <param name="language">Language.</param>
    /// <param name="version">The version to copy; 0 copies the plugin's default layout.</param>
    /// <param name="author">Who rolls back.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The new version, or the problems.</returns>
    public async Task<Outcome<TemplateVersion>> RollbackAsync(string companyCode, string layout, string language, int version, string author, CancellationToken cancellationToken)
    {
        var validator = TemplateDraft.CheckKey(new Validator(), layout, language)
            .Required(author, "Author")
            .When(author?.Length > MaxAuthor, "Author", "too-long", $"Author is longer than {MaxAuthor} characters.")
            .When(version < 0, "Version", "template.version-not-found", "A version is 0 (the default layout) or more.");
        if (!validator.IsValid)
            return Outcome<TemplateVersion>.Failure(validator.Problems);
        Company company;
        TemplateVersion target;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await TemplateVersionStore.FindCompanyAsync(db, companyCode, cancellationToken) is not { } found)
                return Outcome<TemplateVersion>.Failure(CompanyService.NotFound(companyCode).Problems);
            var existing = await _store.GetAsync(db, found, layout, language, version, cancellationToken);
            if (!existing.Succeeded)
                return existing;
            company = found;
            target = existing.Value!;
        }
        if (extensions.TemplateEngine(target.EngineId) is not { } engine)
            return Outcome<TemplateVersion>.Failure("template.engine-missing", $"Template engine '{target.EngineId}' is not loaded.", "EngineId");
        var source = new TemplateSource($"{layout}.{language}", target.Text) { Partials = target.Partials };
        var compileProblems = _draft.Compile(engine, source);
        if (compileProblems.Count > 0)
            return Outcome<TemplateVersion>.Failure(compileProblems);
        return await _store.InsertAsync(company, layout, language, target.EngineId, source, author!.Trim(), $"rollback to version {version}", cancellationToken);
    }

    /// <summary>
    /// Renders a layout (the text being edited, or the current version) with a real issued document or a sample one,
    /// without saving anything.
    /// </summary>
    /// <param name="companyCode">Company.</param>
    /// <param name="input">Layout, language, text, document, format.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The HTML or PDF, or the problems (compile and render errors, unknown document ...).</returns>
    public async Task<Outcome<RenderedDocument>> PreviewAsync(string companyCode, TemplatePreviewInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var validator = TemplateDraft.CheckKey(new Validator(), input.Layout, input.Language);
        Company company;
        TemplateSource source;
        ITemplateEngine engine;
        if (input.Text is not null)
        {
            var prepared = await _draft.PrepareAsync(companyCode, input.Layout, input.Language, input.EngineId, input.Text, input.Partials, validator, cancellationToken);
            if (!prepared.Succeeded)
                return Outcome<RenderedDocument>.Failure(prepared.Problems);
            (company, source) = prepared.Value;
            engine = extensions.TemplateEngine(input.EngineId)!;
        }
        else
        {
            if (!validator.IsValid)
                return Outcome<RenderedDocument>.Failure(validator.Problems);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (await TemplateVersionStore.FindCompanyAsync(db, companyCode, cancellationToken) is not { } found)
                return Outcome<RenderedDocument>.Failure(CompanyService.NotFound(companyCode).Problems);
            var current = await _store.GetAsync(db, found, input.Layout, input.Language, null, cancellationToken);
            if (!current.Succeeded)
                return Outcome<RenderedDocument>.Failure(current.Problems);
            if (extensions.TemplateEngine(current.Value!.EngineId) is not { } loaded)
                return Outcome<RenderedDocument>.Failure("template.engine-missing", $"Template engine '{current.Value.EngineId}' is not loaded.", "EngineId");
            company = found;
            engine = loaded;
            source = new TemplateSource($"{input.Layout}.{input.Language}", current.Value.Text) { Partials = current.Value.Partials };
        }

        Sdk.Documents.DocumentSnapshot snapshot;
        if (input.DocumentNumber is { } number)
        {
            var document = await documents.FindAsync(companyCode, number, cancellationToken);
            if (!document.Succeeded)
                return Outcome<RenderedDocument>.Failure(document.Problems);
            if (document.Value!.SnapshotJson is not { } json)
                return Outcome<RenderedDocument>.Failure("render.draft", "A draft has no final content to render: issue it first.", "Document");
            snapshot = SnapshotJson.Deserialize(json);
        }
        else
        {
            snapshot = SampleDocument.For(company, input.Layout, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        }

        return await printer.PrintAsync(
            new PrintJob(company.Id, snapshot, LayoutLanguage.Find(input.Language)!, input.Layout, engine, source, input.Format), cancellationToken);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
