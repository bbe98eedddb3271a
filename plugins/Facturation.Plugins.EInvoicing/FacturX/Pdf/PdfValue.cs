namespace Facturation.Plugins.EInvoicing.FacturX.Pdf;

/// <summary>A PDF object (ISO 32000-1 §7.3): the subset the Factur-X reader and writer need.</summary>
internal abstract record PdfValue;
