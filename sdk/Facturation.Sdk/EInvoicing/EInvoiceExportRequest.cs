using Facturation.Sdk.Documents;

namespace Facturation.Sdk.EInvoicing;

/// <summary>What the host asks an <see cref="IEInvoiceFormat"/> to write.</summary>
/// <param name="Snapshot">The issued document, as frozen at issue.</param>
public sealed record EInvoiceExportRequest(DocumentSnapshot Snapshot)
{
    /// <summary>Specification identifier (BT-24) to claim; <see langword="null"/> means the format's default.</summary>
    public string? Profile { get; init; }
}
