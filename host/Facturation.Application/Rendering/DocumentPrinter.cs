using System.Text;
using Facturation.Application.Branding;
using Facturation.Application.Templates;
using Facturation.Rendering.Documents;
using Facturation.Rendering.Html;
using Facturation.Rendering.Payments;
using Facturation.Rendering.Pdf;
using Facturation.Sdk.Common;
using Facturation.Sdk.Templates;

namespace Facturation.Application.Rendering;

/// <summary>
/// The one way a document becomes HTML or PDF, for renders and previews alike: the view in the language with the
/// company's branding and the SEPA QR code of a EUR invoice, the template through its engine within the limits, then
/// Chromium.
/// </summary>
/// <param name="html">HTML renderer (compiled-template cache).</param>
/// <param name="pdf">PDF renderer.</param>
/// <param name="branding">Company branding: the revision an issued document was issued with, the current one for previews.</param>
public sealed class DocumentPrinter(HtmlRenderer html, IPdfRenderer pdf, BrandingService branding)
{
    // The printer is a singleton: its QR images live as long as the process.
    private readonly EpcQrCodeCache _qrCodes = new();

    internal async Task<Outcome<RenderedDocument>> PrintAsync(PrintJob job, CancellationToken cancellationToken)
    {
        var snapshot = job.Snapshot;
        var view = DocumentViewBuilder.Build(new DocumentViewRequest(snapshot, job.Language, await branding.ViewAsync(job.CompanyId, job.BrandingRevision, cancellationToken))
        {
            Layout = job.Layout,
            ReminderDate = job.ReminderDate,
            QrCodeDataUri = EpcPayment.For(snapshot) is { } payment && EpcQrCode.Payload(payment) is { } payload
                ? _qrCodes.DataUriOf(payload)
                : null,
        });
        var page = await html.RenderAsync(job.Engine, job.Source, view, RenderLimits.Default, cancellationToken);
        if (!page.Succeeded)
            return Outcome<RenderedDocument>.Failure(page.Errors.Select(e => TemplateProblem.From("render.template", e, job.Source)).ToList());
        var name = $"{job.Layout}.{job.Language.Code}";
        if (job.Format == RenderFormat.Html)
            return Outcome<RenderedDocument>.Success(new RenderedDocument(Encoding.UTF8.GetBytes(page.Html!), "text/html", name));

        var printed = await pdf.RenderAsync(new PdfRenderRequest(page.Html!, job.Language.Code), cancellationToken);
        return printed.Succeeded
            ? Outcome<RenderedDocument>.Success(new RenderedDocument(printed.Pdf.ToArray(), "application/pdf", name) { BlockedUrls = printed.BlockedUrls })
            : Outcome<RenderedDocument>.Failure("render.pdf-" + printed.Failure.Value.ToString().ToLowerInvariant(), printed.Error, "Format");
    }
}
