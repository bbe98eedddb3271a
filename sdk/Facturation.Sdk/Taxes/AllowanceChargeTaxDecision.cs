namespace Facturation.Sdk.Taxes;

/// <summary>The regime's decision for a document-level allowance or charge.</summary>
/// <param name="Index">Zero-based position in <see cref="Documents.BusinessDocument.AllowancesCharges"/>.</param>
/// <param name="Decision">Category, rate and exemption.</param>
public sealed record AllowanceChargeTaxDecision(int Index, TaxDecision Decision);
