using Facturation.Sdk.Documents;

namespace Facturation.Application.Accounting;

/// <summary>An issued invoice, deposit invoice or credit note as the sales journal reads it.</summary>
/// <param name="Snapshot">What was issued.</param>
/// <param name="CustomerCode">The customer's code: its auxiliary account.</param>
/// <param name="DepositDeductionLineIds">Negative lines deducting a deposit on final invoices issued before deductions moved to the
/// snapshot's <c>DepositDeductions</c> (SDK 1.3): booked against customer deposits, not revenue.</param>
public sealed record SalesDocument(DocumentSnapshot Snapshot, string CustomerCode, IReadOnlySet<string> DepositDeductionLineIds);
