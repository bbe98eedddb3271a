using Facturation.Plugins.EInvoicing.Terms;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Plugins.EInvoicing.FacturX;

/// <summary>
/// Factur-X 1.0 (= ZUGFeRD 2.x): a PDF/A-3b whose embedded <c>factur-x.xml</c> is the CII invoice, made from the
/// PDF the host rendered by an incremental update written here (no PDF library), and read back from received files.
/// </summary>
public sealed class FacturXFormat : IHybridInvoiceFormat
{
    /// <inheritdoc />
    public string Id => "facturx";

    /// <inheritdoc />
    public string DisplayName => "Factur-X 1.0 (PDF/A-3b with CII)";

    /// <inheritdoc />
    public string XmlFormatId => "cii";

    /// <inheritdoc />
    public IReadOnlyList<string> Profiles { get; } = [SpecificationIds.En16931, SpecificationIds.FacturXBasic];

    /// <inheritdoc />
    public HybridInvoice Combine(HybridInvoiceRequest request) => FacturXCombiner.Combine(request);

    /// <inheritdoc />
    public bool CanExtract(ReadOnlySpan<byte> head) => head[..Math.Min(head.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    /// <inheritdoc />
    public EmbeddedInvoice Extract(EInvoiceReadRequest request) => FacturXExtractor.Extract(request);
}
