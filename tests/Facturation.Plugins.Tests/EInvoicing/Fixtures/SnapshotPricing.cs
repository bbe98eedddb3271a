using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.Tests.EInvoicing.Fixtures;

/// <summary>
/// Prices a business document the way EN 16931 states it (BR-CO-10..16, BR-S-08 and the like): line net =
/// quantity × price − line allowance rounded to 2 decimals; per VAT category and rate, base = line nets − document
/// allowances + document charges; VAT = base × rate / 100 rounded half away from zero; totals from those.
/// </summary>
internal static class SnapshotPricing
{
    /// <summary>The net amount of a line (BT-131).</summary>
    public static decimal LineNet(DocumentLine line) =>
        Round(line.Quantity * line.UnitPrice - line.Discount);

    /// <summary>Rounds half away from zero to 2 decimals: the product's one rule.</summary>
    public static decimal Round(decimal value) => AmountRounding.Round(value);

    /// <summary>The snapshot of <paramref name="document"/> taxed by <paramref name="taxOf"/>.</summary>
    public static DocumentSnapshot Price(
        BusinessDocument document, Func<TaxClass, TaxDecision> taxOf, IReadOnlyList<LegalMention> mentions, decimal prepaid = 0m)
    {
        var currency = document.Currency;
        var lines = document.Lines
            .Select(line => new PricedLine(line, new Money(LineNet(line), currency), taxOf(line.TaxClass)))
            .ToList();
        var allowancesCharges = document.AllowancesCharges
            .Select(ac => new PricedAllowanceCharge(ac, taxOf(ac.TaxClass)))
            .ToList();

        var breakdown = new List<TaxSubtotal>();
        var groups = lines.Select(l => (l.Tax, Amount: l.NetAmount.Amount))
            .Concat(allowancesCharges.Select(a => (a.Tax, Amount: a.AllowanceCharge.IsCharge ? a.AllowanceCharge.Amount : -a.AllowanceCharge.Amount)))
            .GroupBy(g => (g.Tax.Category, g.Tax.RatePercent));
        foreach (var group in groups)
        {
            var basis = group.Sum(g => g.Amount);
            var first = group.First().Tax;
            breakdown.Add(new TaxSubtotal(
                group.Key.Category, group.Key.RatePercent,
                new Money(basis, currency), new Money(Round(basis * group.Key.RatePercent / 100m), currency))
            {
                ExemptionReason = first.ExemptionReason,
                ExemptionReasonCode = first.ExemptionReasonCode,
            });
        }

        var lineNetTotal = lines.Sum(l => l.NetAmount.Amount);
        var allowanceTotal = allowancesCharges.Where(a => !a.AllowanceCharge.IsCharge).Sum(a => a.AllowanceCharge.Amount);
        var chargeTotal = allowancesCharges.Where(a => a.AllowanceCharge.IsCharge).Sum(a => a.AllowanceCharge.Amount);
        var taxExclusive = lineNetTotal - allowanceTotal + chargeTotal;
        var taxTotal = breakdown.Sum(b => b.TaxAmount.Amount);
        var taxInclusive = taxExclusive + taxTotal;
        var rate = document.AccountingExchangeRate;
        var totals = new DocumentTotals(
            new Money(lineNetTotal, currency), new Money(allowanceTotal, currency), new Money(chargeTotal, currency),
            new Money(taxExclusive, currency), new Money(taxTotal, currency), new Money(taxInclusive, currency),
            new Money(prepaid, currency), new Money(taxInclusive - prepaid, currency))
        {
            TaxTotalInAccountingCurrency = rate is null ? null : new Money(Round(taxTotal * rate.Rate), rate.To),
        };
        return new DocumentSnapshot(document, lines, allowancesCharges, breakdown, totals, mentions);
    }
}
