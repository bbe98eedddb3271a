using Facturation.Application.Common;
using Facturation.Application.Documents;
using Facturation.Application.Issuing;
using Facturation.Application.Templates;
using Facturation.Rendering.Documents;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Templates;

namespace Facturation.Application.Rendering;

/// <summary>
/// Renders an issued document from its frozen snapshot with the look frozen with it (template versions, branding
/// revision, default layouts of its engine): the view (formatted for the language), the SEPA QR code for a EUR
/// invoice, the layout through its template-engine plugin, and the PDF through Chromium. Drafts are not rendered.
/// </summary>
/// <param name="documents">Document look-up.</param>
/// <param name="templates">Picks the template version the document was issued with (or the default layout of its engine).</param>
/// <param name="printer">Prints the view with the template.</param>
/// <param name="time">Clock (the date of a payment reminder).</param>
public sealed class DocumentRenderService(DocumentService documents, TemplateResolver templates, DocumentPrinter printer, TimeProvider time)
{
    // An issued document's snapshot, template and branding revisions never change: a document rendered again (preview,
    // PDF, e-mail, Factur-X) skips the database look-up and the snapshot's JSON.
    private readonly Caching.BoundedCache<(string Company, string Reference), IssuedRenderSource> _issued = new(4096);

    /// <summary>Renders a document.</summary>
    /// <param name="input">Which document, format and language.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The bytes, or the problems (unknown document, a draft, no layout, template errors, Chromium missing ...).</returns>
    public async Task<Outcome<RenderedDocument>> RenderAsync(RenderInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var key = (input.CompanyCode, input.Reference);
        if (!_issued.TryGet(key, out var source))
        {
            var found = await documents.FindAsync(input.CompanyCode, input.Reference, cancellationToken);
            if (!found.Succeeded)
                return Outcome<RenderedDocument>.Failure(found.Problems);
            if (found.Value!.SnapshotJson is not { } json)
                return Outcome<RenderedDocument>.Failure("render.draft", "A draft has no final content to render: issue it first.", "Document");
            source = new IssuedRenderSource(found.Value.CompanyId, found.Value.TemplateRevision, found.Value.BrandingRevision,
                found.Value.DefaultLayoutEngineId, SnapshotJson.Deserialize(json));
            _issued.Add(key, source);
        }
        var snapshot = source.Snapshot;
        var code = input.Language ?? (snapshot.Document.Seller.Address.Country.Value == "FR" ? "fr" : "en");
        if (LayoutLanguage.Find(code) is not { } language)
        {
            return Outcome<RenderedDocument>.Failure("render.language",
                $"There are no layouts in '{code}' (available: {string.Join(", ", LayoutLanguage.Supported)}).", "Language");
        }
        var layout = input.Layout ?? DocumentViewBuilder.LayoutOf(snapshot.Document.Type);
        var reminder = layout == LayoutNames.PaymentReminder;
        if (layout != DocumentViewBuilder.LayoutOf(snapshot.Document.Type)
            && !(reminder && snapshot.Document.Type is DocumentType.Invoice or DocumentType.DepositInvoice))
        {
            return Outcome<RenderedDocument>.Failure("render.layout",
                $"Layout '{layout}' cannot print a {snapshot.Document.Type}: only an invoice or a deposit invoice has a payment reminder.", "Layout");
        }
        var resolved = await templates.ResolveAsync(
            source.CompanyId, source.TemplateRevision, layout, language.Code, source.DefaultLayoutEngineId ?? TemplateService.DefaultEngineId, cancellationToken);
        if (!resolved.Succeeded)
            return Outcome<RenderedDocument>.Failure(resolved.Problems);
        var template = resolved.Value!;
        return await printer.PrintAsync(
            new PrintJob(source.CompanyId, snapshot, language, layout, template.Engine, template.Source, input.Format)
            {
                BrandingRevision = source.BrandingRevision,
                ReminderDate = reminder ? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime) : null,
            },
            cancellationToken);
    }
}
