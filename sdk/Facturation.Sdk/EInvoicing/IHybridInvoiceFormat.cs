namespace Facturation.Sdk.EInvoicing;

/// <summary>
/// A hybrid e-invoice (Factur-X, ZUGFeRD): the PDF a person reads, made an archival PDF (PDF/A-3) that carries the
/// structured XML a machine reads. The host renders the PDF and writes the XML (through the <see cref="IEInvoiceFormat"/>
/// named by <see cref="XmlFormatId"/>) and hands both over: a hybrid format never drives a browser itself.
/// </summary>
public interface IHybridInvoiceFormat
{
    /// <summary>Stable identifier used on the command line, e.g. <c>facturx</c>.</summary>
    string Id { get; }

    /// <summary>Name shown to people, e.g. "Factur-X 1.0 (PDF/A-3b with CII)".</summary>
    string DisplayName { get; }

    /// <summary>The <see cref="IEInvoiceFormat.Id"/> whose output is embedded, e.g. <c>cii</c>.</summary>
    string XmlFormatId { get; }

    /// <summary>The profiles (BT-24 of the embedded XML) this format can carry; the first is the default.</summary>
    IReadOnlyList<string> Profiles { get; }

    /// <summary>Combines the rendered PDF and the XML into the hybrid document.</summary>
    /// <param name="request">The two parts and what the document's metadata must say.</param>
    /// <returns>The hybrid PDF, or the problems that prevent making it.</returns>
    HybridInvoice Combine(HybridInvoiceRequest request);

    /// <summary>Whether <paramref name="head"/> (the first bytes of a file) looks like a document this format reads.</summary>
    /// <param name="head">The start of the content.</param>
    /// <returns><see langword="true"/> when <see cref="Extract"/> should be offered the whole content.</returns>
    bool CanExtract(ReadOnlySpan<byte> head);

    /// <summary>The structured XML embedded in a received hybrid document, to be read by the XML format.</summary>
    /// <param name="request">The received file.</param>
    /// <returns>The embedded XML and its file name, or the problems.</returns>
    EmbeddedInvoice Extract(EInvoiceReadRequest request);
}
