using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Schema;
using Facturation.Sdk.Common;

namespace Facturation.Plugins.EInvoicing.Schemas;

/// <summary>
/// The official XML Schemas, loaded once per set from the plugin's <c>schemas/</c> folder (copied there unmodified at
/// build time from the standards folder; see the plugin's README), and validation of written documents against them.
/// </summary>
internal sealed class SchemaLibrary
{
    private static readonly Dictionary<SchemaSetName, string> MainFiles = new()
    {
        [SchemaSetName.CiiD16B] = "cii-d16b/CrossIndustryInvoice_100pD16B.xsd",
        [SchemaSetName.FacturXEn16931] = "facturx-en16931/Factur-X_EN16931.xsd",
        [SchemaSetName.FacturXBasic] = "facturx-basic/Factur-X_BASIC.xsd",
        [SchemaSetName.UblInvoice] = "ubl-2.1/maindoc/UBL-Invoice-2.1.xsd",
        [SchemaSetName.UblCreditNote] = "ubl-2.1/maindoc/UBL-CreditNote-2.1.xsd",
    };

    private readonly ConcurrentDictionary<SchemaSetName, Lazy<XmlSchemaSet>> _sets = new();

    /// <summary>A library reading the schemas under <paramref name="folder"/>.</summary>
    public SchemaLibrary(string folder) => Folder = folder;

    /// <summary>The library next to the plugin's assembly.</summary>
    public static SchemaLibrary Default { get; } =
        new(Path.Combine(Path.GetDirectoryName(typeof(SchemaLibrary).Assembly.Location) ?? AppContext.BaseDirectory, "schemas"));

    /// <summary>The folder the sets are read from.</summary>
    public string Folder { get; }

    /// <summary>The main files of the sets that are not installed (relative to <see cref="Folder"/>); empty when all are.</summary>
    public IReadOnlyList<string> MissingMainFiles() =>
        [.. MainFiles.Where(pair => !IsInstalled(pair.Key)).Select(pair => pair.Value)];

    /// <summary>Whether the main file of <paramref name="name"/> is installed.</summary>
    public bool IsInstalled(SchemaSetName name) => File.Exists(Path.Combine(Folder, MainFiles[name]));

    /// <summary>
    /// Validates <paramref name="xml"/> against the set; every error is a problem with code <c>XSD</c>, the line and
    /// position, and the schema's message. A set that is not installed is itself a problem
    /// (<c>einvoice.schema-missing</c>): an unchecked document is never passed off as checked.
    /// </summary>
    public IReadOnlyList<Problem> Validate(byte[] xml, SchemaSetName name)
    {
        if (!IsInstalled(name))
            return [new Problem("einvoice.schema-missing",
                $"The XML Schema '{MainFiles[name]}' is not installed under '{Folder}': the document cannot be checked. " +
                "Build the plugin with the standards folder present (see the plugin's README).")];
        var problems = new List<Problem>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = _sets.GetOrAdd(name, n => new Lazy<XmlSchemaSet>(() => Load(n))).Value,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
        };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error)
                problems.Add(new Problem("XSD", $"{e.Message} (line {e.Exception.LineNumber}, position {e.Exception.LinePosition})", name.ToString()));
        };
        using var stream = new MemoryStream(xml, writable: false);
        using var reader = XmlReader.Create(stream, settings);
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (XmlException e)
        {
            problems.Add(new Problem("XSD", $"Not well-formed: {e.Message}", name.ToString()));
        }
        return problems;
    }

    private XmlSchemaSet Load(SchemaSetName name)
    {
        // The schemas import each other by relative path: a resolver limited to the schemas folder reads them.
        var resolver = new FolderResolver(Folder);
        var set = new XmlSchemaSet { XmlResolver = resolver };
        var main = Path.Combine(Folder, MainFiles[name]);
        // Parse, not Prohibit: the official UBL xmldsig schema declares its prefix through an internal DOCTYPE entity,
        // and imported schemas are read with these settings. These are the plugin's own trusted files (the resolver
        // stays inside the schemas folder, entities are capped); received documents never come here (Xml/SafeXml).
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, MaxCharactersFromEntities = 1024, XmlResolver = resolver };
        using (var reader = XmlReader.Create(main, settings))
            set.Add(null, reader);
        set.Compile();
        return set;
    }

    /// <summary>Resolves only files inside the schemas folder.</summary>
    private sealed class FolderResolver(string folder) : XmlUrlResolver
    {
        private readonly string _root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            if (!absoluteUri.IsFile || !Path.GetFullPath(absoluteUri.LocalPath).StartsWith(_root, StringComparison.Ordinal))
                throw new XmlException($"Schema import outside the schemas folder refused: {absoluteUri}");
            return base.GetEntity(absoluteUri, role, ofObjectToReturn);
        }
    }
}
