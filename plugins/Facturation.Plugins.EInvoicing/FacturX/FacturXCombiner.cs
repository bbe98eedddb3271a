using System.Security.Cryptography;
using System.Text;
using System.Xml;
using Facturation.Plugins.EInvoicing.Cii;
using Facturation.Plugins.EInvoicing.FacturX.Pdf;
using Facturation.Plugins.EInvoicing.Terms;
using Facturation.Plugins.EInvoicing.Xml;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Plugins.EInvoicing.FacturX;

/// <summary>
/// Makes the rendered PDF a Factur-X PDF/A-3b by one incremental update: the original bytes stay as they are and
/// the update adds the XMP metadata, the sRGB output intent, the embedded invoice with its file specification, a new
/// /Info dictionary agreeing with the XMP, printable annotations, a catalogue listing all of it, and a trailer /ID.
/// </summary>
internal static class FacturXCombiner
{
    /// <summary>Producer named in /Info and in the XMP (after Chromium's own, which wrote the pages).</summary>
    public const string ProducerName = "Facturation.Modular Factur-X";

    /// <summary>The hybrid document for <paramref name="request"/>, or the problems.</summary>
    public static HybridInvoice Combine(HybridInvoiceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var level = request.Profile switch
        {
            SpecificationIds.En16931 => "EN 16931",
            SpecificationIds.FacturXBasic => "BASIC",
            _ => null,
        };
        if (level is null)
            return Refused("einvoice.unsupported-profile", $"Factur-X carries '{SpecificationIds.En16931}' or '{SpecificationIds.FacturXBasic}', not '{request.Profile}'.");
        if (DocumentTypeCodes.For(request.Snapshot.Document.Type) is null)
            return Refused("einvoice.not-an-invoice", $"A {request.Snapshot.Document.Type} is not an invoice or a credit note: it has no Factur-X form.");
        if (CheckXml(request) is { } xmlProblem)
            return new HybridInvoice(null, [xmlProblem]);
        PdfFile file;
        try
        {
            file = PdfFile.Open(request.Pdf, repair: false);
            if (file.Trailer["Encrypt"] is not null)
                return Refused("facturx.encrypted-pdf", "The rendered PDF is encrypted, which PDF/A forbids.");
            return new HybridInvoice(Update(file, request, level), []);
        }
        catch (Exception e) when (PdfSyntaxException.IsDamage(e))
        {
            return Refused("facturx.unreadable-pdf", $"The rendered PDF cannot be updated: {e.Message}");
        }
    }

    private static byte[] Update(PdfFile file, HybridInvoiceRequest request, string level)
    {
        var (catalogNumber, catalog) = file.Catalog();
        var oldInfo = file.Resolve(file.Trailer["Info"]) as PdfDictionary ?? PdfDictionary.Of();
        var metadata = Metadata(request, oldInfo, level);
        var update = new IncrementalUpdate(file);
        var profile = update.Add(new PdfStream(PdfDictionary.Of(("N", new PdfNumber(3))), SrgbProfile.Bytes));
        var xmp = update.Add(new PdfStream(PdfDictionary.Of(("Type", new PdfName("Metadata")), ("Subtype", new PdfName("XML"))),
            XmpPacket.Write(metadata)));
        var specification = FacturXAttachment.Add(update, request.Xml.Span, request.Timestamp);
        var info = update.Add(Info(oldInfo, metadata));
        PrintableAnnotations.Fix(file, catalog, update);
        var outputIntent = PdfDictionary.Of(
            ("Type", new PdfName("OutputIntent")),
            ("S", new PdfName("GTS_PDFA1")),
            ("OutputConditionIdentifier", PdfString.Text("sRGB IEC61966-2.1")),
            ("RegistryName", PdfString.Text("http://www.color.org")),
            ("Info", PdfString.Text("sRGB IEC61966-2.1")),
            ("DestOutputProfile", profile));
        var newCatalog = catalog
            .With("Version", new PdfName("1.7"))
            .With("Metadata", xmp)
            .With("OutputIntents", new PdfArray([outputIntent]))
            .With("AF", new PdfArray([specification]))
            .With("Names", FacturXAttachment.Names(file, catalog, specification));
        update.Replace(catalogNumber, newCatalog);
        var root = new PdfReference(catalogNumber, file.Xref.Entries.TryGetValue(catalogNumber, out var entry) ? entry.Generation : 0);
        return update.Write(root, info, Identifier(file, request));
    }

    private static HybridMetadata Metadata(HybridInvoiceRequest request, PdfDictionary oldInfo, string level)
    {
        var document = request.Snapshot.Document;
        var kind = document.Type switch
        {
            DocumentType.CreditNote => "Credit note",
            DocumentType.DepositInvoice => "Deposit invoice",
            _ => "Invoice",
        };
        var oldProducer = (oldInfo["Producer"] as PdfString)?.ToText();
        var created = PdfDates.Parse((oldInfo["CreationDate"] as PdfString)?.ToText()) ?? request.Timestamp;
        if (created > request.Timestamp)
            created = request.Timestamp; // a clock behind the renderer's must not make the document modified before it was made
        return new HybridMetadata(
            Title: document.Number is { } number ? $"{kind} {number}" : kind,
            Author: string.IsNullOrWhiteSpace(document.Seller.Name) ? null : document.Seller.Name,
            Creator: (oldInfo["Creator"] as PdfString)?.ToText() is { Length: > 0 } creator ? creator : "Facturation.Modular",
            Producer: string.IsNullOrEmpty(oldProducer) ? ProducerName : $"{oldProducer}; {ProducerName}",
            Created: TruncateToSecond(created),
            Modified: TruncateToSecond(request.Timestamp),
            ConformanceLevel: level);
    }

    private static DateTimeOffset TruncateToSecond(DateTimeOffset instant) =>
        new(instant.Ticks - instant.Ticks % TimeSpan.TicksPerSecond, instant.Offset);

    private static PdfDictionary Info(PdfDictionary oldInfo, HybridMetadata metadata)
    {
        var info = oldInfo
            .With("Title", PdfString.Text(metadata.Title))
            .With("Creator", PdfString.Text(metadata.Creator))
            .With("Producer", PdfString.Text(metadata.Producer))
            .With("CreationDate", PdfString.Text(PdfDates.ToPdf(metadata.Created)))
            .With("ModDate", PdfString.Text(PdfDates.ToPdf(metadata.Modified)));
        // Entries the XMP does not repeat would break the agreement PDF/A asks for: keep only those it repeats.
        info = info.Without("Subject").Without("Keywords").Without("Trapped");
        return metadata.Author is { } author ? info.With("Author", PdfString.Text(author)) : info.Without("Author");
    }

    // §14.4: the first identifier is permanent (kept when the original has one), the second changes with each version.
    private static PdfArray Identifier(PdfFile file, HybridInvoiceRequest request)
    {
        using var version = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        version.AppendData(file.Data.Span);
        version.AppendData(request.Xml.Span);
        version.AppendData(Encoding.ASCII.GetBytes(PdfDates.ToPdf(request.Timestamp)));
        var hash = version.GetHashAndReset();
        var permanent = file.Trailer["ID"] is PdfArray { Items: [PdfString first, ..] } && first.Bytes.Length > 0
            ? first
            : new PdfString(SHA256.HashData(file.Data.Span)[..16]);
        return new PdfArray([permanent, new PdfString(hash[..16])]);
    }

    // The XML must be the CII the profile names: its BT-24 (GuidelineSpecifiedDocumentContextParameter) is the profile.
    private static Problem? CheckXml(HybridInvoiceRequest request)
    {
        var document = SafeXml.Load(new EInvoiceReadRequest(request.Xml, HybridMetadata.FileName), out var problem);
        if (document is null)
            return problem;
        var names = new XmlNamespaceManager(document.NameTable);
        names.AddNamespace("rsm", CiiNamespaces.Rsm);
        names.AddNamespace("ram", CiiNamespaces.Ram);
        var id = document.SelectSingleNode("/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID", names);
        if (id is null)
            return new Problem("facturx.not-cii", "The XML to embed is not a UN/CEFACT Cross Industry Invoice with a specification identifier (BT-24).");
        return id.InnerText.Trim() == request.Profile
            ? null
            : new Problem("facturx.profile-mismatch", $"The XML claims '{id.InnerText.Trim()}' (BT-24), but '{request.Profile}' was asked for.", "BT-24");
    }

    private static HybridInvoice Refused(string code, string message) => new(null, [new Problem(code, message)]);
}
