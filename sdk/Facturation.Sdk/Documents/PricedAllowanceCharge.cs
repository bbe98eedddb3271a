using Facturation.Sdk.Taxes;

namespace Facturation.Sdk.Documents;

/// <summary>A document-level allowance or charge with the tax regime's decision.</summary>
/// <param name="AllowanceCharge">The allowance or charge as entered.</param>
/// <param name="Tax">The regime's decision.</param>
public sealed record PricedAllowanceCharge(DocumentAllowanceCharge AllowanceCharge, TaxDecision Tax);
