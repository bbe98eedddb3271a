using System.Net;

namespace Facturation.Rendering.Pdf;

/// <summary>Chromium's footer template: printed in the bottom margin, filled by the browser's page counter.</summary>
internal static class PdfFooterTemplate
{
    /// <summary>Chromium's default header when displayHeaderFooter is on is the date and title: print nothing.</summary>
    public const string EmptyHeader = "<span></span>";

    /// <summary>The footer HTML. Chromium renders it at font-size 0 unless told otherwise, and without the
    /// document's styles, so everything is inline. En spaces around the slash: with plain spaces Chromium's PDF
    /// gives "1/3" to text extraction (pdftotext, copy-paste), with en spaces "1 / 3".</summary>
    public static string For(PdfFooter footer)
    {
        var text = WebUtility.HtmlEncode(footer.Text ?? string.Empty);
        var pageNumbers = footer.ShowPageNumbers
            ? """<span class="pageNumber"></span>&#8194;/&#8194;<span class="totalPages"></span>"""
            : string.Empty;
        return $"""
            <div style="width:100%;margin:0 15mm;display:flex;font-family:'DejaVu Sans','Liberation Sans',sans-serif;font-size:8pt;color:#444">
            <span style="flex:1;text-align:left">{text}</span>
            <span style="flex:1;text-align:center">{pageNumbers}</span>
            <span style="flex:1"></span>
            </div>
            """;
    }
}
