using System.Text;
using System.Xml;
using Facturation.Plugins.EInvoicing.Terms;
using Facturation.Sdk.Documents;

namespace Facturation.Plugins.EInvoicing.Cii;

/// <summary>
/// Writes a document snapshot as a UN/CEFACT CII D16B <c>rsm:CrossIndustryInvoice</c> under the EN 16931 binding,
/// elements in the order of the D16B sequences (which the Factur-X profile schemas keep):
/// <c>ExchangedDocumentContext</c>, <c>ExchangedDocument</c>, then <c>SupplyChainTradeTransaction</c> with the lines,
/// the agreement (parties, references), the delivery and the settlement.
/// </summary>
internal static class CiiWriter
{
    /// <summary>The UTF-8 bytes of the document written under <paramref name="profile"/> (BT-24).</summary>
    public static byte[] Write(DocumentSnapshot snapshot, string profile)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            var writer = new CiiElementWriter(xml);
            xml.WriteStartDocument();
            writer.StartRoot(CiiNamespaces.Root);
            xml.WriteAttributeString("xmlns", "rsm", null, CiiNamespaces.Rsm);
            xml.WriteAttributeString("xmlns", "qdt", null, CiiNamespaces.Qdt);
            xml.WriteAttributeString("xmlns", "ram", null, CiiNamespaces.Ram);
            xml.WriteAttributeString("xmlns", "udt", null, CiiNamespaces.Udt);
            WriteContext(writer, snapshot, profile);
            WriteHeader(writer, snapshot);
            writer.StartRoot("SupplyChainTradeTransaction");
            var isBasic = profile == SpecificationIds.FacturXBasic;
            foreach (var line in snapshot.Lines)
                CiiLineWriter.Write(writer, line, isBasic);
            CiiAgreementWriter.Write(writer, snapshot.Document, isBasic);
            CiiDeliveryWriter.Write(writer, snapshot.Document);
            CiiSettlementWriter.Write(writer, snapshot, isBasic);
            writer.End();
            writer.End();
            xml.WriteEndDocument();
        }
        return stream.ToArray();
    }

    private static void WriteContext(CiiElementWriter writer, DocumentSnapshot snapshot, string profile)
    {
        writer.StartRoot("ExchangedDocumentContext");
        // BT-23: the French "cadre de facturation" (B1/S1/M1, B4/S4/M4 after deposits).
        writer.Identified("BusinessProcessSpecifiedDocumentContextParameter", BusinessProcess.For(snapshot));
        // BT-24.
        writer.Identified("GuidelineSpecifiedDocumentContextParameter", profile);
        writer.End();
    }

    private static void WriteHeader(CiiElementWriter writer, DocumentSnapshot snapshot)
    {
        var document = snapshot.Document;
        writer.StartRoot("ExchangedDocument");
        writer.Text("ID", document.Number);
        writer.Text("TypeCode", DocumentTypeCodes.For(document.Type));
        writer.Date("IssueDateTime", document.IssueDate);
        foreach (var note in ExchangedNotes.For(snapshot))
        {
            writer.Start("IncludedNote");
            writer.Text("Content", note.Text);
            writer.Text("SubjectCode", note.SubjectCode);
            writer.End();
        }
        writer.End();
    }
}
