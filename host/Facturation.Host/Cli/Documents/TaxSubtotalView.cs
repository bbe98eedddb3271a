using Facturation.Host.Cli.Common;
using Facturation.Sdk.Taxes;

namespace Facturation.Host.Cli.Documents;

/// <summary>One row of the VAT breakdown (per category and rate), as frozen in the snapshot.</summary>
internal sealed record TaxSubtotalView(string Category, decimal Rate, decimal TaxableAmount, decimal TaxAmount, string? ExemptionReason, string? ExemptionReasonCode)
{
    public static TaxSubtotalView From(TaxSubtotal s) => new(
        s.Category.ToCode(), s.RatePercent, Invariant.Amount(s.TaxableAmount.Amount), Invariant.Amount(s.TaxAmount.Amount), s.ExemptionReason, s.ExemptionReasonCode);
}
