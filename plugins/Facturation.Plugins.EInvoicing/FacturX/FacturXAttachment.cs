using System.IO.Compression;
using Facturation.Plugins.EInvoicing.FacturX.Pdf;

namespace Facturation.Plugins.EInvoicing.FacturX;

/// <summary>
/// The objects that embed the invoice XML (Factur-X 1.0 §6.2, ISO 32000-1 §7.11.4, PDF/A-3 §6.8): the embedded file
/// stream (compressed, with its MIME subtype and parameters), its file specification in the "Alternative"
/// relationship, and the catalogue entries that list it (<c>/AF</c> and the <c>/EmbeddedFiles</c> name tree).
/// </summary>
internal static class FacturXAttachment
{
    /// <summary>Adds the stream and the file specification to <paramref name="update"/>; returns the specification.</summary>
    public static PdfReference Add(IncrementalUpdate update, ReadOnlySpan<byte> xml, DateTimeOffset modified)
    {
        ArgumentNullException.ThrowIfNull(update);
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(xml);
        var file = update.Add(new PdfStream(PdfDictionary.Of(
            ("Type", new PdfName("EmbeddedFile")),
            ("Subtype", new PdfName("text/xml")),
            ("Filter", new PdfName("FlateDecode")),
            ("Params", PdfDictionary.Of(
                ("ModDate", new PdfString(System.Text.Encoding.ASCII.GetBytes(PdfDates.ToPdf(modified)))),
                ("Size", new PdfNumber(xml.Length))))),
            compressed.ToArray()));
        var name = PdfString.Text(HybridMetadata.FileName);
        return update.Add(PdfDictionary.Of(
            ("Type", new PdfName("Filespec")),
            ("F", name),
            ("UF", name),
            ("Desc", PdfString.Text("Factur-X invoice (UN/CEFACT CII)")),
            ("AFRelationship", new PdfName("Alternative")),
            ("EF", PdfDictionary.Of(("F", file), ("UF", file)))));
    }

    /// <summary>The catalogue's <c>/Names</c> with <c>/EmbeddedFiles</c> listing only the invoice; the other name
    /// trees (destinations, JavaScript, ...) are kept.</summary>
    public static PdfDictionary Names(PdfFile file, PdfDictionary catalog, PdfReference specification)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(catalog);
        var names = file.Resolve(catalog["Names"]) as PdfDictionary ?? PdfDictionary.Of();
        return names.With("EmbeddedFiles", PdfDictionary.Of(("Names", new PdfArray([PdfString.Text(HybridMetadata.FileName), specification]))));
    }
}
