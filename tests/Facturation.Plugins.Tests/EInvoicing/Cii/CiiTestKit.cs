using System.Collections.Concurrent;
using System.Globalization;
using System.Xml;
using System.Xml.Schema;
using Facturation.Plugins.EInvoicing.Cii;
using Facturation.Sdk.Documents;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Plugins.Tests.EInvoicing.Cii;

/// <summary>What the CII tests share: the format, the standards folder, an independent XSD validation and XPath.</summary>
internal static class CiiTestKit
{
    private static readonly ConcurrentDictionary<string, XmlSchemaSet> Sets = new();

    public static CiiFormat Format { get; } = new();

    /// <summary>The repository's standards folder (<c>standards/</c> beside the solution).</summary>
    public static string Standards => Facturation.Tests.Shared.SharedStandards.Folder;

    public static string CiiSchema => Path.Combine(Standards, "xsd", "cii-d16b", "CrossIndustryInvoice_100pD16B.xsd");

    public static string FacturXEn16931Schema => Path.Combine(Standards, "xsd", "facturx", "en16931", "Factur-X_EN16931.xsd");

    public static string FacturXBasicSchema => Path.Combine(Standards, "xsd", "facturx", "basic", "Factur-X_BASIC.xsd");

    /// <summary>Exports <paramref name="snapshot"/> and fails with the problems when refused.</summary>
    public static byte[] Export(DocumentSnapshot snapshot, string? profile = null)
    {
        var export = Format.Export(new EInvoiceExportRequest(snapshot) { Profile = profile });
        Assert.True(export.Succeeded, string.Join(Environment.NewLine, export.Problems));
        return export.Content!;
    }

    /// <summary>Validation errors of <paramref name="xml"/> against the schema file, with System.Xml.Schema directly.</summary>
    public static IReadOnlyList<string> SchemaErrors(byte[] xml, string schemaFile)
    {
        var set = Sets.GetOrAdd(schemaFile, static file =>
        {
            var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
            schemas.Add(null, file);
            schemas.Compile();
            return schemas;
        });
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = set, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity}: {e.Message} ({e.Exception.LineNumber}:{e.Exception.LinePosition})");
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read())
        {
        }
        return errors;
    }

    /// <summary>The document and its namespace table (rsm, ram, udt, qdt).</summary>
    public static (XmlDocument Document, XmlNamespaceManager Namespaces) Parse(byte[] xml)
    {
        var document = new XmlDocument();
        using (var reader = XmlReader.Create(new MemoryStream(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
            document.Load(reader);
        var namespaces = new XmlNamespaceManager(document.NameTable);
        namespaces.AddNamespace("rsm", "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100");
        namespaces.AddNamespace("ram", "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100");
        namespaces.AddNamespace("udt", "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100");
        namespaces.AddNamespace("qdt", "urn:un:unece:uncefact:data:standard:QualifiedDataType:100");
        return (document, namespaces);
    }

    /// <summary>The trimmed texts of the nodes at <paramref name="xpath"/>.</summary>
    public static IReadOnlyList<string> Values(byte[] xml, string xpath)
    {
        var (document, namespaces) = Parse(xml);
        return [.. document.SelectNodes(xpath, namespaces)!.Cast<XmlNode>().Select(static n => n.InnerText.Trim())];
    }

    /// <summary>The single value at <paramref name="xpath"/>.</summary>
    public static string Value(byte[] xml, string xpath) => Assert.Single(Values(xml, xpath));

    /// <summary>A decimal written in the file.</summary>
    public static decimal Number(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
