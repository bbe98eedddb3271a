namespace Facturation.Plugins.EInvoicing.FacturX.Pdf;

/// <summary>A boolean or the null object (<c>true</c>, <c>false</c>, <c>null</c>).</summary>
/// <param name="Text">The keyword.</param>
internal sealed record PdfKeyword(string Text) : PdfValue
{
    /// <summary>The null object.</summary>
    public static PdfKeyword Null { get; } = new("null");

    /// <summary>The boolean true.</summary>
    public static PdfKeyword True { get; } = new("true");
}
