namespace Facturation.Plugins.EInvoicing.FacturX.Pdf;

/// <summary>The cross-reference information of a file: every object's place, the newest trailer, and where the
/// newest section starts (the <c>/Prev</c> of an update).</summary>
/// <param name="Entries">In-use objects by number (newest section wins).</param>
/// <param name="Trailer">The newest trailer dictionary (or cross-reference stream dictionary).</param>
/// <param name="StartXref">Byte offset of the newest section; -1 when the table was rebuilt by scanning.</param>
/// <param name="IsClassic">Whether the newest section is a classic <c>xref</c> table.</param>
internal sealed record XrefTable(IReadOnlyDictionary<int, XrefEntry> Entries, PdfDictionary Trailer, long StartXref, bool IsClassic);
