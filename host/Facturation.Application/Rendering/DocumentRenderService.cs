using System.Text;
using Facturation.Application.Common;
using Facturation.Application.Documents;
using Facturation.Application.Issuing;
using Facturation.Application.Templates;
using Facturation.Rendering.Documents;
using Facturation.Rendering.Html;
using Facturation.Rendering.Payments;
using Facturation.Rendering.Pdf;
using Facturation.Sdk.Templates;

namespace Facturation.Application.Rendering;

/// <summary>
/// Renders an issued document from its frozen snapshot: the view (formatted for the language), the SEPA QR code for
/// a EUR invoice, the layout through its template-engine plugin, and the PDF through Chromium. Drafts are not rendered.
/// </summary>
/// <param name="documents">Document look-up.</param>
/// <param name="templates">Picks the template version the document was issued with (or the default layout).</param>
/// <param name="html">HTML renderer (compiled-template cache).</param>
/// <param name="pdf">PDF renderer.</param>
/// <param name="branding">Company branding (the company's current one: branding is not versioned like templates).</param>
public sealed class DocumentRenderService(DocumentService documents, TemplateResolver templates, HtmlRenderer html, IPdfRenderer pdf, Branding.BrandingService branding)
{
    /// <summary>Renders a document.</summary>
    /// <param name="input">Which document, format and language.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The bytes, or the problems (unknown document, a draft, no layout, template errors, Chromium missing ...).</returns>
    public async Task<Outcome<RenderedDocument>> RenderAsync(RenderInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var found = await documents.FindAsync(input.CompanyCode, input.Reference, cancellationToken);
        if (!found.Succeeded)
            return Outcome<RenderedDocument>.Failure(found.Problems);
        if (found.Value!.SnapshotJson is not { } json)
            return Outcome<RenderedDocument>.Failure("render.draft", "A draft has no final content to render: issue it first.", "Document");
        var snapshot = SnapshotJson.Deserialize(json);
        var code = input.Language ?? (snapshot.Document.Seller.Address.Country.Value == "FR" ? "fr" : "en");
        if (LayoutLanguage.Find(code) is not { } language)
        {
            return Outcome<RenderedDocument>.Failure("render.language",
                $"There are no layouts in '{code}' (available: {string.Join(", ", LayoutLanguage.Supported)}).", "Language");
        }
        var layout = DocumentViewBuilder.LayoutOf(snapshot.Document.Type);
        var resolved = await templates.ResolveAsync(found.Value.CompanyId, found.Value.TemplateRevision, layout, language.Code, cancellationToken);
        if (!resolved.Succeeded)
            return Outcome<RenderedDocument>.Failure(resolved.Problems);
        var template = resolved.Value!;
        var view = DocumentViewBuilder.Build(new DocumentViewRequest(snapshot, language, await branding.ViewAsync(found.Value!.CompanyId, cancellationToken))
        {
            QrCodeDataUri = EpcPayment.For(snapshot) is { } payment && EpcQrCode.Payload(payment) is { } payload
                ? EpcQrCode.DataUri(EpcQrCode.Svg(payload))
                : null,
        });
        var engine = template.Engine;
        var page = await html.RenderAsync(engine, template.Source, view, RenderLimits.Default, cancellationToken);
        if (!page.Succeeded)
            return Outcome<RenderedDocument>.Failure(page.Errors.Select(TemplateProblem).ToList());
        var name = $"{layout}.{language.Code}";
        if (input.Format == RenderFormat.Html)
            return Outcome<RenderedDocument>.Success(new RenderedDocument(Encoding.UTF8.GetBytes(page.Html!), "text/html", name));

        var printed = await pdf.RenderAsync(new PdfRenderRequest(page.Html!, language.Code), cancellationToken);
        return printed.Succeeded
            ? Outcome<RenderedDocument>.Success(new RenderedDocument(printed.Pdf.ToArray(), "application/pdf", name) { BlockedUrls = printed.BlockedUrls })
            : Outcome<RenderedDocument>.Failure("render.pdf-" + printed.Failure.Value.ToString().ToLowerInvariant(), printed.Error, "Format");
    }

    private static Sdk.Common.Problem TemplateProblem(TemplateError error) =>
        new("render.template", error.Line > 0 ? $"{error.TemplateName} {error.Line}:{error.Column}: {error.Message}" : error.Message, "Template");
}
