using System.Text;
using System.Xml;

namespace Facturation.Plugins.EInvoicing.FacturX;

/// <summary>
/// The XMP metadata packet of a Factur-X PDF/A-3b (ISO 16684-1 serialisation in an xpacket wrapper): the PDF/A
/// identification, Dublin Core, PDF and XMP basic properties matching /Info, the PDF/A extension schema that declares
/// the Factur-X properties (ISO 19005-3 §6.6.2.3.3), and those properties.
/// </summary>
internal static class XmpPacket
{
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    // Factur-X 1.0 extension schema: the four properties with their published descriptions.
    private static readonly (string Name, string Description)[] FacturXProperties =
    [
        ("DocumentFileName", "The name of the embedded XML document"),
        ("DocumentType", "The type of the hybrid document in capital letters, e.g. INVOICE or ORDER"),
        ("Version", "The actual version of the standard applying to the embedded XML document"),
        ("ConformanceLevel", "The conformance level of the embedded XML document"),
    ];

    /// <summary>The packet's UTF-8 bytes.</summary>
    public static byte[] Write(HybridMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, Encoding = new UTF8Encoding(false) };
        using var body = new MemoryStream();
        using (var xml = XmlWriter.Create(body, settings))
        {
            xml.WriteStartElement("x", "xmpmeta", "adobe:ns:meta/");
            xml.WriteStartElement("rdf", "RDF", Rdf);
            Description(xml, "pdfaid", "http://www.aiim.org/pdfa/ns/id/", [("part", "3"), ("conformance", "B")]);
            DublinCore(xml, metadata);
            Description(xml, "pdf", "http://ns.adobe.com/pdf/1.3/", [("Producer", metadata.Producer)]);
            Description(xml, "xmp", "http://ns.adobe.com/xap/1.0/",
            [
                ("CreatorTool", metadata.Creator),
                ("CreateDate", PdfDates.ToXmp(metadata.Created)),
                ("ModifyDate", PdfDates.ToXmp(metadata.Modified)),
                ("MetadataDate", PdfDates.ToXmp(metadata.Modified)),
            ]);
            ExtensionSchema(xml);
            Description(xml, "fx", HybridMetadata.Namespace,
            [
                ("DocumentType", HybridMetadata.DocumentType),
                ("DocumentFileName", HybridMetadata.FileName),
                ("Version", HybridMetadata.Version),
                ("ConformanceLevel", metadata.ConformanceLevel),
            ]);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        var packet = new StringBuilder();
        packet.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        packet.Append(Encoding.UTF8.GetString(body.ToArray()));
        packet.Append("\n<?xpacket end=\"w\"?>");
        return Encoding.UTF8.GetBytes(packet.ToString());
    }

    private static void Description(XmlWriter xml, string prefix, string ns, IEnumerable<(string Name, string Value)> properties)
    {
        xml.WriteStartElement("rdf", "Description", Rdf);
        xml.WriteAttributeString("rdf", "about", Rdf, "");
        xml.WriteAttributeString("xmlns", prefix, null, ns);
        foreach (var (name, value) in properties)
            xml.WriteElementString(prefix, name, ns, value);
        xml.WriteEndElement();
    }

    private static void DublinCore(XmlWriter xml, HybridMetadata metadata)
    {
        const string dc = "http://purl.org/dc/elements/1.1/";
        xml.WriteStartElement("rdf", "Description", Rdf);
        xml.WriteAttributeString("rdf", "about", Rdf, "");
        xml.WriteAttributeString("xmlns", "dc", null, dc);
        xml.WriteStartElement("dc", "format", dc);
        xml.WriteString("application/pdf");
        xml.WriteEndElement();
        xml.WriteStartElement("dc", "title", dc);
        xml.WriteStartElement("rdf", "Alt", Rdf);
        xml.WriteStartElement("rdf", "li", Rdf);
        xml.WriteAttributeString("xml", "lang", null, "x-default");
        xml.WriteString(metadata.Title);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        if (metadata.Author is { } author)
        {
            xml.WriteStartElement("dc", "creator", dc);
            xml.WriteStartElement("rdf", "Seq", Rdf);
            xml.WriteElementString("rdf", "li", Rdf, author);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void ExtensionSchema(XmlWriter xml)
    {
        const string extension = "http://www.aiim.org/pdfa/ns/extension/";
        const string schema = "http://www.aiim.org/pdfa/ns/schema#";
        const string property = "http://www.aiim.org/pdfa/ns/property#";
        xml.WriteStartElement("rdf", "Description", Rdf);
        xml.WriteAttributeString("rdf", "about", Rdf, "");
        xml.WriteAttributeString("xmlns", "pdfaExtension", null, extension);
        xml.WriteAttributeString("xmlns", "pdfaSchema", null, schema);
        xml.WriteAttributeString("xmlns", "pdfaProperty", null, property);
        xml.WriteStartElement("pdfaExtension", "schemas", extension);
        xml.WriteStartElement("rdf", "Bag", Rdf);
        xml.WriteStartElement("rdf", "li", Rdf);
        xml.WriteAttributeString("rdf", "parseType", Rdf, "Resource");
        xml.WriteElementString("pdfaSchema", "schema", schema, "Factur-X PDFA Extension Schema");
        xml.WriteElementString("pdfaSchema", "namespaceURI", schema, HybridMetadata.Namespace);
        xml.WriteElementString("pdfaSchema", "prefix", schema, "fx");
        xml.WriteStartElement("pdfaSchema", "property", schema);
        xml.WriteStartElement("rdf", "Seq", Rdf);
        foreach (var (name, description) in FacturXProperties)
        {
            xml.WriteStartElement("rdf", "li", Rdf);
            xml.WriteAttributeString("rdf", "parseType", Rdf, "Resource");
            xml.WriteElementString("pdfaProperty", "name", property, name);
            xml.WriteElementString("pdfaProperty", "valueType", property, "Text");
            xml.WriteElementString("pdfaProperty", "category", property, "external");
            xml.WriteElementString("pdfaProperty", "description", property, description);
            xml.WriteEndElement();
        }
        for (var i = 0; i < 6; i++)
            xml.WriteEndElement();
    }
}
