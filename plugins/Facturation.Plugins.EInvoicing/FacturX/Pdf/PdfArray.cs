namespace Facturation.Plugins.EInvoicing.FacturX.Pdf;

/// <summary>An array object.</summary>
/// <param name="Items">The elements, in order.</param>
internal sealed record PdfArray(IReadOnlyList<PdfValue> Items) : PdfValue;
