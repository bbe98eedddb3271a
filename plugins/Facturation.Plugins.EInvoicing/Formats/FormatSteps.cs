using System.Xml;
using Facturation.Plugins.EInvoicing.Rules;
using Facturation.Plugins.EInvoicing.Schemas;
using Facturation.Plugins.EInvoicing.Terms;
using Facturation.Plugins.EInvoicing.Xml;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Plugins.EInvoicing.Formats;

/// <summary>
/// What every syntax does the same way. Export: the profile is one the syntax writes, the document is an invoice or
/// a credit note, the syntax's own limits and the EN 16931 business rules hold, the writer runs, and the file is valid
/// against every schema of the profile (a schema error is a writer bug, but the file is still never handed out).
/// Reading: safe XML loading, the syntax's reader, then the business rules on what was read.
/// </summary>
internal static class FormatSteps
{
    /// <summary>The export of <paramref name="request"/> by <paramref name="syntax"/>.</summary>
    public static EInvoiceExport Export(EInvoiceExportRequest request, IFormatSyntax syntax)
    {
        ArgumentNullException.ThrowIfNull(request);
        var profile = request.Profile ?? syntax.Profiles[0];
        if (!syntax.Profiles.Contains(profile))
            return EInvoiceExport.Refused(profile, [new Problem("einvoice.unsupported-profile",
                $"The {syntax.Name} format writes '{string.Join("', '", syntax.Profiles)}', not '{profile}'.")]);
        var snapshot = request.Snapshot;
        if (DocumentTypeCodes.For(snapshot.Document.Type) is null)
            return EInvoiceExport.Refused(profile, [new Problem("einvoice.not-an-invoice",
                $"A {snapshot.Document.Type} is not an invoice or a credit note: it has no e-invoice form.", "Document.Type")]);
        List<Problem> problems = [.. syntax.Limits(snapshot, profile), .. En16931Rules.Check(snapshot, profile)];
        if (problems.Count > 0)
            return EInvoiceExport.Refused(profile, problems);
        byte[] content;
        try
        {
            content = syntax.Write(snapshot, profile);
        }
        catch (ArgumentException e)
        {
            // XmlWriter refuses characters XML 1.0 cannot carry (control characters in a text).
            return EInvoiceExport.Refused(profile, [new Problem("einvoice.invalid-character",
                $"The document contains a character XML cannot carry: {e.Message}")]);
        }
        var schemaProblems = syntax.Schemas(snapshot, profile).SelectMany(schema => SchemaLibrary.Default.Validate(content, schema)).ToList();
        return schemaProblems.Count > 0 ? EInvoiceExport.Refused(profile, schemaProblems) : EInvoiceExport.Written(content, profile);
    }

    /// <summary>Reads <paramref name="request"/> with <paramref name="read"/>, then checks the business rules.</summary>
    public static EInvoiceImport Read(EInvoiceReadRequest request, Func<XmlDocument, EInvoiceImport> read)
    {
        ArgumentNullException.ThrowIfNull(request);
        var xml = SafeXml.Load(request, out var problem);
        if (xml is null)
            return new EInvoiceImport(null, null, problem is null ? [] : [problem]);
        var received = read(xml);
        if (received.Snapshot is null)
            return received;
        // A readable document can still break the rules: the caller decides whether to accept it.
        var broken = En16931Rules.Check(received.Snapshot, received.Profile ?? SpecificationIds.En16931);
        return broken.Count == 0 ? received : received with { Problems = [.. received.Problems, .. broken] };
    }

    /// <summary>
    /// Whether the root element of <paramref name="head"/> (the first bytes of a file, possibly cut anywhere after
    /// the root's start tag) is one of <paramref name="roots"/>. A DOCTYPE is skipped here, never processed, so that
    /// reading refuses it with a clear problem; anything that is not XML is simply not ours.
    /// </summary>
    public static bool RootIs(ReadOnlySpan<byte> head, params (string LocalName, string Namespace)[] roots)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true };
        using var stream = new MemoryStream(head.ToArray(), writable: false);
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                    return roots.Contains((reader.LocalName, reader.NamespaceURI));
            }
        }
        catch (XmlException)
        {
            // Not XML, or cut before the root element was complete.
        }
        return false;
    }
}
