using Facturation.Sdk.Documents;

namespace Facturation.Sdk.EInvoicing;

/// <summary>What the host hands a <see cref="IHybridInvoiceFormat"/>.</summary>
/// <param name="Pdf">The document as the host rendered it (one PDF, as the browser printed it).</param>
/// <param name="Xml">The structured invoice, exactly as it must be embedded (byte for byte).</param>
/// <param name="Profile">The specification identifier (BT-24) the XML claims.</param>
/// <param name="Snapshot">The issued document (number, type, parties: for the PDF's metadata).</param>
/// <param name="Timestamp">When the hybrid is made (modification dates), from the host's clock.</param>
public sealed record HybridInvoiceRequest(
    ReadOnlyMemory<byte> Pdf, ReadOnlyMemory<byte> Xml, string Profile, DocumentSnapshot Snapshot, DateTimeOffset Timestamp);
