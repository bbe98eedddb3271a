using Facturation.Domain.Money;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Domain.Totals;

/// <summary>
/// EN 16931 BG-23: one row per VAT category and rate. Base (BT-116) = Σ line nets + charges − allowances of that
/// category and rate (BR-S-08 and siblings); VAT (BT-117) = round2(base × rate / 100) (BR-CO-17).
/// </summary>
public static class TaxBreakdownCalculator
{
    /// <summary>Computes the breakdown, ordered by category then descending rate.</summary>
    /// <param name="lines">Priced lines.</param>
    /// <param name="allowancesCharges">Document-level allowances and charges with decisions.</param>
    /// <param name="currency">Document currency.</param>
    /// <returns>The rows.</returns>
    public static IReadOnlyList<TaxSubtotal> Compute(
        IEnumerable<PricedLine> lines, IEnumerable<PricedAllowanceCharge> allowancesCharges, CurrencyCode currency)
    {
        var contributions = lines.Select(l => (l.Tax, Amount: l.NetAmount.Amount))
            .Concat(allowancesCharges.Select(a => (a.Tax, Amount: a.AllowanceCharge.IsCharge ? a.AllowanceCharge.Amount : -a.AllowanceCharge.Amount)));
        return contributions
            .GroupBy(c => (c.Tax.Category, c.Tax.RatePercent))
            .OrderBy(g => g.Key.Category).ThenByDescending(g => g.Key.RatePercent)
            .Select(group =>
            {
                var taxable = group.Sum(c => c.Amount);
                var first = group.First().Tax;
                return new TaxSubtotal(group.Key.Category, group.Key.RatePercent,
                    new Sdk.Common.Money(taxable, currency),
                    new Sdk.Common.Money(RoundingPolicy.Amount(taxable * group.Key.RatePercent / 100m), currency))
                {
                    ExemptionReason = group.Select(c => c.Tax.ExemptionReason).FirstOrDefault(r => r is not null) ?? first.ExemptionReason,
                    ExemptionReasonCode = group.Select(c => c.Tax.ExemptionReasonCode).FirstOrDefault(r => r is not null),
                };
            })
            .ToList();
    }
}
