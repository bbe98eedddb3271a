using System.Globalization;
using System.Xml;
using System.Xml.Schema;
using System.Xml.XPath;

namespace Facturation.Plugins.Tests.EInvoicing.Ubl;

/// <summary>
/// The official UBL 2.1 schemas and samples of the standards folder next to the repository, read independently of
/// the plugin (its own schema library is what is under test).
/// </summary>
internal static class UblStandards
{
    private static readonly Lazy<XmlSchemaSet> InvoiceSchema = new(() => LoadSchema("UBL-Invoice-2.1.xsd"));
    private static readonly Lazy<XmlSchemaSet> CreditNoteSchema = new(() => LoadSchema("UBL-CreditNote-2.1.xsd"));

    /// <summary>A file of the standards folder, e.g. <c>samples/en16931-ubl/ubl-tc434-example1.xml</c>.</summary>
    public static string PathOf(string relative) => Facturation.Tests.Shared.SharedStandards.PathOf(relative);

    /// <summary>Schema errors of <paramref name="xml"/> against the UBL 2.1 Invoice or CreditNote schema (chosen by the root).</summary>
    public static List<string> SchemaErrors(byte[] xml)
    {
        var isCreditNote = Query(xml).SelectSingleNode("/*")!.LocalName == "CreditNote";
        var errors = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = isCreditNote ? CreditNoteSchema.Value : InvoiceSchema.Value,
        };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity}: {e.Message} (line {e.Exception?.LineNumber})");
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read())
        {
        }
        return errors;
    }

    /// <summary>An XPath navigator over <paramref name="xml"/> with prefixes <c>inv</c>, <c>cn</c>, <c>cac</c>, <c>cbc</c>.</summary>
    public static XPathNavigator Query(byte[] xml)
    {
        using var reader = XmlReader.Create(new MemoryStream(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return new XPathDocument(reader).CreateNavigator();
    }

    /// <summary>The namespace prefixes for <see cref="Query"/> expressions.</summary>
    public static IXmlNamespaceResolver Prefixes { get; } = CreatePrefixes();

    /// <summary>The string value of <paramref name="xpath"/>.</summary>
    public static string Text(byte[] xml, string xpath) => (string)Query(xml).Evaluate($"string({xpath})", Prefixes);

    /// <summary>The decimal value of <paramref name="xpath"/>.</summary>
    public static decimal Number(byte[] xml, string xpath) =>
        decimal.Parse(Text(xml, xpath), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    /// <summary>The number of nodes <paramref name="xpath"/> selects.</summary>
    public static int Count(byte[] xml, string xpath) => Convert.ToInt32((double)Query(xml).Evaluate($"count({xpath})", Prefixes));

    private static XmlNamespaceManager CreatePrefixes()
    {
        var manager = new XmlNamespaceManager(new NameTable());
        manager.AddNamespace("inv", "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2");
        manager.AddNamespace("cn", "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2");
        manager.AddNamespace("cac", "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2");
        manager.AddNamespace("cbc", "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2");
        return manager;
    }

    private static XmlSchemaSet LoadSchema(string mainFile)
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        // The UBL copy of the XML Signature schema declares its namespace prefix in an internal DTD subset: the imports
        // (read with the main reader's settings) need DTD parsing. These are the trusted official files.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() };
        using (var reader = XmlReader.Create(PathOf($"xsd/ubl-2.1/maindoc/{mainFile}"), settings))
            set.Add(null, reader);
        set.Compile();
        return set;
    }
}
