using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Facturation.Application.Tests.EInvoicing;

/// <summary>
/// Validation of written e-invoices against the official XML Schemas in the repository's <c>standards/xsd</c> folder,
/// independently of the plugin's own check.
/// </summary>
internal static class OfficialSchemas
{
    public const string CiiD16B = "cii-d16b/CrossIndustryInvoice_100pD16B.xsd";
    public const string FacturXEn16931 = "facturx/en16931/Factur-X_EN16931.xsd";
    public const string UblInvoice = "ubl-2.1/maindoc/UBL-Invoice-2.1.xsd";
    public const string UblCreditNote = "ubl-2.1/maindoc/UBL-CreditNote-2.1.xsd";

    private static readonly ConcurrentDictionary<string, Lazy<XmlSchemaSet>> Sets = new(StringComparer.Ordinal);

    public static string Folder { get; } = Facturation.Tests.Shared.SharedStandards.PathOf("xsd");

    /// <summary>The schemas a file in <paramref name="formatId"/> must satisfy, from its root element.</summary>
    public static IReadOnlyList<string> For(string formatId, byte[] xml)
    {
        using var stream = new MemoryStream(xml);
        var root = XDocument.Load(stream).Root!.Name.LocalName;
        return formatId switch
        {
            "cii" => [CiiD16B, FacturXEn16931],
            "ubl" when root == "CreditNote" => [UblCreditNote],
            "ubl" => [UblInvoice],
            _ => throw new ArgumentException($"No schemas known for format '{formatId}'.", nameof(formatId)),
        };
    }

    /// <summary>Every validation error (with line and position) of <paramref name="xml"/> against the schema <paramref name="mainFile"/>.</summary>
    public static IReadOnlyList<string> Errors(byte[] xml, string mainFile)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = Sets.GetOrAdd(mainFile, f => new Lazy<XmlSchemaSet>(() => Load(f))).Value,
            DtdProcessing = DtdProcessing.Prohibit,
        };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{mainFile} {e.Severity} line {e.Exception.LineNumber}: {e.Message}");
        using var stream = new MemoryStream(xml);
        using var reader = XmlReader.Create(stream, settings);
        while (reader.Read())
        {
        }
        return errors;
    }

    private static XmlSchemaSet Load(string mainFile)
    {
        var path = Path.Combine(Folder, mainFile);
        Assert.True(File.Exists(path), $"Official schema missing: {path}");
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        var compileErrors = new List<string>();
        set.ValidationEventHandler += (_, e) => compileErrors.Add(e.Message);
        // Parse, not Prohibit: the official UBL xmldsig schema declares its prefix through an internal DOCTYPE entity.
        // These are the published schema files, read from the standards folder only.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, MaxCharactersFromEntities = 1024, XmlResolver = new XmlUrlResolver() };
        using (var reader = XmlReader.Create(path, settings))
            set.Add(null, reader);
        set.Compile();
        Assert.Empty(compileErrors);
        return set;
    }
}
