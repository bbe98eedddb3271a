namespace Facturation.Plugins.EInvoicing.FacturX.Pdf;

/// <summary>A name (<c>/Type</c>), held decoded (<c>#2F</c> read as <c>/</c>), without its leading slash.</summary>
/// <param name="Value">The decoded name.</param>
internal sealed record PdfName(string Value) : PdfValue;
