using Facturation.Plugins.EInvoicing.FacturX.Pdf;
using Facturation.Sdk.Common;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Plugins.EInvoicing.FacturX;

/// <summary>
/// Finds the structured invoice in a received Factur-X, ZUGFeRD or XRechnung hybrid PDF: the file specifications of
/// the catalogue's <c>/AF</c> array and of its <c>/EmbeddedFiles</c> name tree, the first one named like an invoice
/// XML. Damaged files are read through a rebuilt cross-reference table; anything unreadable is a problem.
/// </summary>
internal static class FacturXExtractor
{
    /// <summary>Attachment names of hybrid invoices, in order of preference (compared without case).</summary>
    public static readonly IReadOnlyList<string> InvoiceFileNames = ["factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml"];

    private const int MaxTreeDepth = 16;

    /// <summary>The embedded invoice of <paramref name="request"/>.</summary>
    public static EmbeddedInvoice Extract(EInvoiceReadRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Content.Length > request.MaxBytes)
            return Refused("einvoice.too-large", $"The file is {request.Content.Length:N0} bytes; at most {request.MaxBytes:N0} are accepted.", request);
        try
        {
            var file = PdfFile.Open(request.Content, repair: true);
            if (file.Trailer["Encrypt"] is not null)
                return Refused("facturx.encrypted-pdf", "The PDF is encrypted; its attachments cannot be read.", request);
            var (_, catalog) = file.Catalog();
            var found = Candidates(file, catalog)
                .Select(s => (Name: NameOf(file, s), Specification: s))
                .Where(c => c.Name is not null && InvoiceFileNames.Contains(c.Name, StringComparer.OrdinalIgnoreCase))
                .OrderBy(c => InvoiceFileNames.ToList().FindIndex(n => string.Equals(n, c.Name, StringComparison.OrdinalIgnoreCase)))
                .FirstOrDefault();
            if (found.Specification is null)
                return Refused("facturx.no-invoice", $"The PDF has no attachment named {string.Join(", ", InvoiceFileNames)}.", request);
            var ef = file.Resolve(found.Specification["EF"]) as PdfDictionary;
            if (file.Resolve(ef?["UF"] ?? ef?["F"]) is not PdfStream stream)
                return Refused("facturx.no-invoice", $"The attachment {found.Name} has no embedded file stream.", request);
            return new EmbeddedInvoice(StreamDecoder.Decode(stream, request.MaxBytes), found.Name, []);
        }
        catch (Exception e) when (PdfSyntaxException.IsDamage(e))
        {
            return Refused("facturx.unreadable-pdf", $"The PDF cannot be read: {e.Message}", request);
        }
    }

    private static IEnumerable<PdfDictionary> Candidates(PdfFile file, PdfDictionary catalog)
    {
        if (file.Resolve(catalog["AF"]) is PdfArray associated)
        {
            foreach (var item in associated.Items)
            {
                if (file.Resolve(item) is PdfDictionary specification)
                    yield return specification;
            }
        }
        var names = file.Resolve(catalog["Names"]) as PdfDictionary;
        var visited = new HashSet<int>();
        foreach (var specification in NameTree(file, names?["EmbeddedFiles"], 0, visited))
            yield return specification;
    }

    // A name tree (§7.9.6): leaves hold /Names [key value ...], inner nodes /Kids.
    private static IEnumerable<PdfDictionary> NameTree(PdfFile file, PdfValue? node, int depth, HashSet<int> visited)
    {
        if (depth > MaxTreeDepth || (node is PdfReference reference && !visited.Add(reference.Number)))
            yield break;
        if (file.Resolve(node) is not PdfDictionary dictionary)
            yield break;
        if (file.Resolve(dictionary["Names"]) is PdfArray pairs)
        {
            for (var i = 1; i < pairs.Items.Count; i += 2)
            {
                if (file.Resolve(pairs.Items[i]) is PdfDictionary specification)
                    yield return specification;
            }
        }
        if (file.Resolve(dictionary["Kids"]) is PdfArray kids)
        {
            foreach (var kid in kids.Items)
            {
                foreach (var specification in NameTree(file, kid, depth + 1, visited))
                    yield return specification;
            }
        }
    }

    private static string? NameOf(PdfFile file, PdfDictionary specification) =>
        (file.Resolve(specification["UF"]) as PdfString ?? file.Resolve(specification["F"]) as PdfString)?.ToText();

    private static EmbeddedInvoice Refused(string code, string message, EInvoiceReadRequest request) =>
        new(null, null, [new Problem(code, message, request.FileName)]);
}
