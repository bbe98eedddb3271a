using System.Globalization;
using System.Text;

namespace Facturation.Rendering.Pdf;

/// <summary>
/// The page box the renderer adds to every document: A4 (210 × 297 mm), margins, and the footer as CSS page-margin
/// boxes (<c>@bottom-left</c> text, <c>@bottom-center</c> "page / pages"), which Chromium lays out with the page
/// itself. Chromium's header/footer templates would do the same at the cost of a second document laid out and
/// printed per page (about 15 % of the PDF time). Inserted first in <c>head</c>, so a layout's own
/// <c>@page</c> rules (size, margins, margin boxes) come later in the cascade and win.
/// </summary>
internal static class PdfPageStyle
{
    private const string FooterFont = "font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 8pt; color: #444;";

    /// <summary>The <c>style</c> element for <paramref name="footer"/>.</summary>
    public static string For(PdfFooter footer)
    {
        var css = new StringBuilder("<style>@page { size: 210mm 297mm; margin: 15mm 15mm ");
        css.Append(footer.IsEmpty ? "15mm" : "20mm").Append(" 15mm;");
        if (!string.IsNullOrWhiteSpace(footer.Text))
            css.Append(" @bottom-left { content: ").Append(CssString(footer.Text)).Append("; ").Append(FooterFont).Append(" }");
        // En spaces around the slash: with plain spaces, text extraction (pdftotext, copy-paste) gives "1/3".
        if (footer.ShowPageNumbers)
            css.Append(" @bottom-center { content: counter(page) \"\\2002/\\2002\" counter(pages); white-space: nowrap; ").Append(FooterFont).Append(" }");
        return css.Append(" }</style>").ToString();
    }

    /// <summary><paramref name="html"/> with the page style inserted at the start of its <c>head</c> (after the
    /// doctype and the <c>html</c> tag when there is no <c>head</c>, never before the doctype: that would switch
    /// the document to quirks mode).</summary>
    public static string Insert(string html, PdfFooter footer)
    {
        var style = For(footer);
        var at = AfterOpeningTag(html, "<head") ?? AfterOpeningTag(html, "<html") ?? AfterOpeningTag(html, "<!doctype") ?? 0;
        return string.Concat(html.AsSpan(0, at), style, html.AsSpan(at));
    }

    /// <summary>A CSS string literal with every character that could end the string, the rule or the style element
    /// (quotes, backslash, angle brackets, braces, control characters) written as a hexadecimal escape.</summary>
    internal static string CssString(string text)
    {
        var literal = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is ' ' or '.' or ',' or '-' or '_' or ':' or '·' or '(' or ')' or '/' or '\'' or '°' or '€'
                || (c > 127 && char.IsLetter(c)))
                literal.Append(c);
            else
                literal.Append('\\').Append(((int)c).ToString("X6", CultureInfo.InvariantCulture));
        }
        return literal.Append('"').ToString();
    }

    private static int? AfterOpeningTag(string html, string tag)
    {
        var start = html.IndexOf(tag, StringComparison.OrdinalIgnoreCase);
        if (start < 0)
            return null;
        var end = html.IndexOf('>', start + tag.Length);
        return end < 0 ? null : end + 1;
    }
}
