using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using Facturation.Plugins.Tests.EInvoicing.Fixtures;

namespace Facturation.Plugins.Tests.EInvoicing.FacturX;

/// <summary>Every object Factur-X and PDF/A-3b ask for, read back through qpdf: trailer, catalogue, output intent
/// and ICC profile, embedded file and its specification, XMP packet and its agreement with /Info.</summary>
[Trait("Category", "ExternalTools")]
[Trait("Requires", "chromium")]
[Trait("Requires", "qpdf")]
public sealed class FacturXStructureTests
{
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string Fx = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#";
    private static readonly Lazy<QpdfView> Default = new(() =>
        QpdfView.Of(FacturXTestKit.Hybrid(FacturXTestKit.Print(FacturXTestKit.SimpleHtml), EInvoiceSnapshots.DomesticStandard)));

    [Fact]
    public void The_trailer_has_two_16_byte_identifiers_and_points_at_the_new_info()
    {
        var view = Default.Value;
        var id = view.Trailer.GetProperty("/ID");
        Assert.Equal(2, id.GetArrayLength());
        foreach (var part in id.EnumerateArray())
        {
            var text = part.GetString()!;
            Assert.StartsWith("b:", text, StringComparison.Ordinal);
            Assert.Equal(16, Convert.FromHexString(text[2..]).Length);
        }
        Assert.NotEqual(id[0].GetString(), id[1].GetString());
        Assert.Equal("Invoice F-2026-0101", QpdfView.Text(view.Info.GetProperty("/Title")));
        Assert.Equal(EInvoiceSnapshots.DomesticStandard.Document.Seller.Name, QpdfView.Text(view.Info.GetProperty("/Author")));
    }

    [Fact]
    public void The_catalogue_keeps_the_original_entries_and_lists_the_attachment()
    {
        var view = Default.Value;
        var catalog = view.Catalog;
        Assert.Equal("/Catalog", catalog.GetProperty("/Type").GetString());
        Assert.True(catalog.TryGetProperty("/Pages", out _));
        Assert.True(catalog.TryGetProperty("/StructTreeRoot", out _));
        Assert.True(catalog.TryGetProperty("/MarkInfo", out _));
        var af = catalog.GetProperty("/AF");
        Assert.Equal(1, af.GetArrayLength());
        var names = view.Resolve(view.Resolve(catalog.GetProperty("/Names")).GetProperty("/EmbeddedFiles")).GetProperty("/Names");
        Assert.Equal(2, names.GetArrayLength());
        Assert.Equal("factur-x.xml", QpdfView.Text(names[0]));
        Assert.Equal(af[0].GetString(), names[1].GetString());
    }

    [Fact]
    public void The_file_specification_and_embedded_file_are_as_factur_x_says()
    {
        var view = Default.Value;
        var xml = FacturXTestKit.Cii(EInvoiceSnapshots.DomesticStandard);
        var specification = view.Resolve(view.Catalog.GetProperty("/AF")[0]);
        Assert.Equal("/Filespec", specification.GetProperty("/Type").GetString());
        Assert.Equal("factur-x.xml", QpdfView.Text(specification.GetProperty("/F")));
        Assert.Equal("factur-x.xml", QpdfView.Text(specification.GetProperty("/UF")));
        Assert.Equal("/Alternative", specification.GetProperty("/AFRelationship").GetString());
        Assert.False(string.IsNullOrWhiteSpace(QpdfView.Text(specification.GetProperty("/Desc"))));
        var ef = specification.GetProperty("/EF");
        Assert.Equal(ef.GetProperty("/F").GetString(), ef.GetProperty("/UF").GetString());
        var (dictionary, data) = view.Stream(ef.GetProperty("/F"));
        Assert.Equal("/EmbeddedFile", dictionary.GetProperty("/Type").GetString());
        Assert.Equal("/text/xml", QpdfView.Name(dictionary.GetProperty("/Subtype")));
        var parameters = dictionary.GetProperty("/Params");
        Assert.Equal(xml.Length, parameters.GetProperty("/Size").GetInt32());
        Assert.Equal("D:20261122101530+01'00'", QpdfView.Text(parameters.GetProperty("/ModDate")));
        Assert.Equal(xml, data);
    }

    [Fact]
    public void The_output_intent_is_srgb_with_a_valid_icc_profile()
    {
        var view = Default.Value;
        var intents = view.Resolve(view.Catalog.GetProperty("/OutputIntents"));
        Assert.Equal(1, intents.GetArrayLength());
        var intent = view.Resolve(intents[0]);
        Assert.Equal("/GTS_PDFA1", intent.GetProperty("/S").GetString());
        Assert.Equal("/OutputIntent", intent.GetProperty("/Type").GetString());
        Assert.Contains("sRGB", QpdfView.Text(intent.GetProperty("/OutputConditionIdentifier")), StringComparison.Ordinal);
        var (dictionary, icc) = view.Stream(intent.GetProperty("/DestOutputProfile"));
        Assert.Equal(3, dictionary.GetProperty("/N").GetInt32());
        Assert.Equal((uint)icc.Length, BinaryPrimitives.ReadUInt32BigEndian(icc));
        Assert.Equal("mntr", Encoding.ASCII.GetString(icc, 12, 4));
        Assert.Equal("RGB ", Encoding.ASCII.GetString(icc, 16, 4));
        Assert.Equal("XYZ ", Encoding.ASCII.GetString(icc, 20, 4));
        Assert.Equal("acsp", Encoding.ASCII.GetString(icc, 36, 4));
        Assert.InRange(icc[8], 2, 4);
    }

    [Fact]
    public void The_xmp_declares_pdfa_3b_and_the_factur_x_extension_schema()
    {
        var view = Default.Value;
        var (dictionary, xmp, packet) = Xmp(view);
        Assert.Equal("/Metadata", dictionary.GetProperty("/Type").GetString());
        Assert.Equal("/XML", dictionary.GetProperty("/Subtype").GetString());
        Assert.False(dictionary.TryGetProperty("/Filter", out _));
        Assert.StartsWith("<?xpacket begin=", packet, StringComparison.Ordinal);
        Assert.EndsWith("<?xpacket end=\"w\"?>", packet, StringComparison.Ordinal);
        Assert.Equal("3", Property(xmp, "http://www.aiim.org/pdfa/ns/id/", "part"));
        Assert.Equal("B", Property(xmp, "http://www.aiim.org/pdfa/ns/id/", "conformance"));
        Assert.Equal("INVOICE", Property(xmp, Fx, "DocumentType"));
        Assert.Equal("factur-x.xml", Property(xmp, Fx, "DocumentFileName"));
        Assert.Equal("1.0", Property(xmp, Fx, "Version"));
        Assert.Equal("EN 16931", Property(xmp, Fx, "ConformanceLevel"));

        var names = new XmlNamespaceManager(xmp.NameTable);
        names.AddNamespace("rdf", Rdf);
        names.AddNamespace("e", "http://www.aiim.org/pdfa/ns/extension/");
        names.AddNamespace("s", "http://www.aiim.org/pdfa/ns/schema#");
        names.AddNamespace("p", "http://www.aiim.org/pdfa/ns/property#");
        var schema = xmp.SelectSingleNode("//e:schemas/rdf:Bag/rdf:li[s:namespaceURI='" + Fx + "']", names);
        Assert.NotNull(schema);
        Assert.Equal("fx", schema.SelectSingleNode("s:prefix", names)?.InnerText);
        var properties = schema.SelectNodes("s:property/rdf:Seq/rdf:li", names)!.Cast<XmlNode>().ToList();
        Assert.Equal(["DocumentFileName", "DocumentType", "Version", "ConformanceLevel"],
            properties.Select(p => p.SelectSingleNode("p:name", names)!.InnerText).ToArray());
        Assert.All(properties, p =>
        {
            Assert.Equal("Text", p.SelectSingleNode("p:valueType", names)?.InnerText);
            Assert.Equal("external", p.SelectSingleNode("p:category", names)?.InnerText);
            Assert.False(string.IsNullOrWhiteSpace(p.SelectSingleNode("p:description", names)?.InnerText));
        });
    }

    [Fact]
    public void The_xmp_agrees_with_the_info_dictionary()
    {
        var view = Default.Value;
        var (_, xmp, _) = Xmp(view);
        var info = view.Info;
        Assert.Equal(QpdfView.Text(info.GetProperty("/Producer")), Property(xmp, "http://ns.adobe.com/pdf/1.3/", "Producer"));
        Assert.Equal(QpdfView.Text(info.GetProperty("/Creator")), Property(xmp, "http://ns.adobe.com/xap/1.0/", "CreatorTool"));
        Assert.Equal(PdfDate(QpdfView.Text(info.GetProperty("/CreationDate"))), XmpDate(Property(xmp, "http://ns.adobe.com/xap/1.0/", "CreateDate")));
        Assert.Equal(PdfDate(QpdfView.Text(info.GetProperty("/ModDate"))), XmpDate(Property(xmp, "http://ns.adobe.com/xap/1.0/", "ModifyDate")));
        Assert.Equal(FacturXTestKit.Timestamp, PdfDate(QpdfView.Text(info.GetProperty("/ModDate"))));
        Assert.Equal("Chromium", QpdfView.Text(info.GetProperty("/Creator")));
        Assert.Contains("Skia", QpdfView.Text(info.GetProperty("/Producer")), StringComparison.Ordinal);
        var names = new XmlNamespaceManager(xmp.NameTable);
        names.AddNamespace("rdf", Rdf);
        names.AddNamespace("dc", "http://purl.org/dc/elements/1.1/");
        Assert.Equal(QpdfView.Text(info.GetProperty("/Title")), xmp.SelectSingleNode("//dc:title/rdf:Alt/rdf:li[@xml:lang='x-default']", names)?.InnerText);
        Assert.Equal(QpdfView.Text(info.GetProperty("/Author")), xmp.SelectSingleNode("//dc:creator/rdf:Seq/rdf:li", names)?.InnerText);
    }

    [Fact]
    public void The_basic_profile_is_declared_as_basic()
    {
        var snapshot = EInvoiceSnapshots.DomesticStandard;
        var view = QpdfView.Of(FacturXTestKit.Hybrid(FacturXTestKit.Print(FacturXTestKit.SimpleHtml), snapshot, FacturXTestKit.Format.Profiles[1]));
        var (_, xmp, _) = Xmp(view);
        Assert.Equal("BASIC", Property(xmp, Fx, "ConformanceLevel"));
    }

    private static (JsonElement Dictionary, XmlDocument Xmp, string Packet) Xmp(QpdfView view)
    {
        var (dictionary, data) = view.Stream(view.Catalog.GetProperty("/Metadata"));
        var packet = Encoding.UTF8.GetString(data);
        var xmp = new XmlDocument();
        xmp.LoadXml(packet);
        return (dictionary, xmp, packet);
    }

    private static string? Property(XmlDocument xmp, string ns, string name) =>
        xmp.GetElementsByTagName(name, ns).Cast<XmlNode>().SingleOrDefault()?.InnerText;

    private static DateTimeOffset XmpDate(string? text) => DateTimeOffset.Parse(text!, CultureInfo.InvariantCulture);

    // D:YYYYMMDDHHmmSS+HH'mm' (ISO 32000-1 §7.9.4), read independently of the plugin.
    private static DateTimeOffset PdfDate(string text)
    {
        var offset = new TimeSpan(int.Parse(text[17..19], CultureInfo.InvariantCulture), int.Parse(text[20..22], CultureInfo.InvariantCulture), 0);
        return new DateTimeOffset(
            int.Parse(text[2..6], CultureInfo.InvariantCulture), int.Parse(text[6..8], CultureInfo.InvariantCulture), int.Parse(text[8..10], CultureInfo.InvariantCulture),
            int.Parse(text[10..12], CultureInfo.InvariantCulture), int.Parse(text[12..14], CultureInfo.InvariantCulture), int.Parse(text[14..16], CultureInfo.InvariantCulture),
            text[16] == '-' ? -offset : offset);
    }
}
