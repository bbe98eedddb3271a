using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;

namespace Facturation.Sdk.EInvoicing;

/// <summary>The outcome of <see cref="IEInvoiceFormat.Read"/>.</summary>
/// <param name="Snapshot">The document as received (number, parties, lines, VAT breakdown, totals as stated in the
/// file), <see langword="null"/> when it could not be read.</param>
/// <param name="Profile">The specification identifier (BT-24) the file claims, when it could be read.</param>
/// <param name="Problems">Why the file could not be read, or what in it breaks the rules (a readable document can
/// still carry problems: the caller decides whether to accept it).</param>
public sealed record EInvoiceImport(DocumentSnapshot? Snapshot, string? Profile, IReadOnlyList<Problem> Problems)
{
    /// <summary>Whether a document was read.</summary>
    public bool Succeeded => Snapshot is not null;
}
