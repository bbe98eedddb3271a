using Facturation.Sdk.Documents;

namespace Facturation.Application.Accounting;

/// <summary>An issued invoice, deposit invoice or credit note as the sales journal reads it.</summary>
/// <param name="Snapshot">What was issued.</param>
/// <param name="CustomerCode">The customer's code: its auxiliary account.</param>
/// <param name="DepositDeductionLineIds">Lines of a final invoice that deduct a deposit: booked against customer deposits, not revenue.</param>
public sealed record SalesDocument(DocumentSnapshot Snapshot, string CustomerCode, IReadOnlySet<string> DepositDeductionLineIds);
