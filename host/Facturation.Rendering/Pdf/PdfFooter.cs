namespace Facturation.Rendering.Pdf;

/// <summary>The footer the browser prints on every page, outside the document's own layout.</summary>
/// <param name="ShowPageNumbers">Print "page / total" ("1 / 3") centred in the bottom margin.</param>
/// <param name="Text">Plain text printed on the left of the footer (HTML-escaped), or null.</param>
public sealed record PdfFooter(bool ShowPageNumbers, string? Text = null)
{
    /// <summary>Page numbers only: the default.</summary>
    public static PdfFooter PageNumbers { get; } = new(ShowPageNumbers: true);

    /// <summary>No footer at all.</summary>
    public static PdfFooter None { get; } = new(ShowPageNumbers: false);

    /// <summary>Whether anything is printed in the footer.</summary>
    public bool IsEmpty => !ShowPageNumbers && string.IsNullOrWhiteSpace(Text);
}
