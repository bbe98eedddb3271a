namespace Facturation.Plugins.EInvoicing.FacturX.Pdf;

/// <summary>A stream object: its dictionary and its bytes as stored (still encoded by its filters).</summary>
/// <param name="Dictionary">The stream dictionary; its <c>/Length</c> is rewritten when the stream is written.</param>
/// <param name="Data">The stored bytes.</param>
internal sealed record PdfStream(PdfDictionary Dictionary, ReadOnlyMemory<byte> Data) : PdfValue;
