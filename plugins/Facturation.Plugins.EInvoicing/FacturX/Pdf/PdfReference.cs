namespace Facturation.Plugins.EInvoicing.FacturX.Pdf;

/// <summary>An indirect reference (<c>12 0 R</c>).</summary>
/// <param name="Number">The object number.</param>
/// <param name="Generation">The generation number.</param>
internal sealed record PdfReference(int Number, int Generation) : PdfValue;
