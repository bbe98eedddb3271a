using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;

namespace Facturation.Application.EInvoicing;

/// <summary>A received e-invoice as its format read it.</summary>
/// <param name="FormatId">The format that recognised and read the file, e.g. <c>ubl</c>.</param>
/// <param name="Profile">The specification identifier (BT-24) the file claims, when stated.</param>
/// <param name="Snapshot">The document as received: amounts and parties as stated in the file.</param>
/// <param name="Problems">What in the file breaks the rules; the document could still be read.</param>
public sealed record ReceivedEInvoice(string FormatId, string? Profile, DocumentSnapshot Snapshot, IReadOnlyList<Problem> Problems);
