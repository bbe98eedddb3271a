namespace Facturation.Rendering.Pdf;

/// <summary>Turns a finished HTML document into a PDF. One verb; expected failures come back as data.</summary>
public interface IPdfRenderer
{
    /// <summary>
    /// Prints <see cref="PdfRenderRequest.Html"/> to an A4 PDF. Returns a failed result (never throws) when the
    /// browser is missing, the render times out or the browser crashed twice; throws
    /// <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    Task<PdfRenderResult> RenderAsync(PdfRenderRequest request, CancellationToken cancellationToken);
}
