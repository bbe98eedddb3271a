namespace Facturation.Rendering.Pdf;

/// <summary>What to print: a self-contained HTML document (styles inline, images as <c>data:</c> URLs).</summary>
/// <param name="Html">The whole document. Anything it references outside <c>data:</c> is blocked, not fetched.</param>
/// <param name="Language">BCP 47 tag of the document (<c>fr-FR</c>), used as the browser locale; empty for none.</param>
public sealed record PdfRenderRequest(string Html, string Language)
{
    /// <summary>The footer printed in the bottom margin of every page. Default: page numbers "1 / 3".</summary>
    public PdfFooter Footer { get; init; } = PdfFooter.PageNumbers;
}
