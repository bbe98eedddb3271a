using Facturation.Domain.Money;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Domain.Totals;

/// <summary>
/// Computes a document's amounts once, from the tax regime's decisions, with one rounding policy:
/// line net = round2(quantity × unit price − discount) (BT-131); VAT per category and rate on the category
/// base, round2(base × rate / 100) (BR-CO-17), never a sum of per-line rounded VAT; totals as BR-CO-10 to 16.
/// </summary>
public static class DocumentPricing
{
    /// <summary>Prices a document.</summary>
    /// <param name="document">The document as entered.</param>
    /// <param name="assessment">The tax regime's decisions (a regime that refused the document gives none to price).</param>
    /// <param name="fixedDecisions">Decisions the host imposes on some lines (e.g. deposit deductions copying a deposit's rates), by line id.</param>
    /// <returns>The priced snapshot (not yet numbered) or the problems.</returns>
    public static PricingResult Price(
        BusinessDocument document, TaxAssessment assessment, IReadOnlyDictionary<string, TaxDecision>? fixedDecisions = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(assessment);

        var problems = new List<Problem>();
        var currency = document.Currency;
        var decisions = assessment.Lines.GroupBy(d => d.LineId).ToDictionary(g => g.Key, g => g.First().Decision, StringComparer.Ordinal);
        var lines = new List<PricedLine>(document.Lines.Count);
        for (var i = 0; i < document.Lines.Count; i++)
        {
            var line = document.Lines[i];
            var decision = fixedDecisions?.GetValueOrDefault(line.LineId) ?? decisions.GetValueOrDefault(line.LineId);
            if (decision is null)
            {
                problems.Add(new Problem("tax.line-undecided", $"The tax regime gave no decision for line '{line.LineId}'.", $"Lines[{i}]"));
                continue;
            }
            lines.Add(new PricedLine(line, new Sdk.Common.Money(LineNet(line), currency), decision));
        }

        var allowanceDecisions = assessment.AllowancesCharges.GroupBy(d => d.Index).ToDictionary(g => g.Key, g => g.First().Decision);
        var allowances = new List<PricedAllowanceCharge>(document.AllowancesCharges.Count);
        for (var i = 0; i < document.AllowancesCharges.Count; i++)
        {
            if (allowanceDecisions.TryGetValue(i, out var decision))
                allowances.Add(new PricedAllowanceCharge(document.AllowancesCharges[i], decision));
            else
                problems.Add(new Problem("tax.allowance-undecided", $"The tax regime gave no decision for allowance or charge {i}.", $"AllowancesCharges[{i}]"));
        }
        if (problems.Count > 0)
            return new PricingResult(null, problems);

        var breakdown = TaxBreakdownCalculator.Compute(lines, allowances, currency);
        var totals = Totals(lines, allowances, breakdown, currency, document.AccountingExchangeRate);
        var snapshot = new DocumentSnapshot(document, lines, allowances, breakdown, totals, assessment.Mentions);
        return new PricingResult(snapshot, []);
    }

    /// <summary>BT-131: quantity × net price − line discount, rounded to 2 decimals half away from zero.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The line net amount.</returns>
    public static decimal LineNet(DocumentLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return RoundingPolicy.Amount(line.Quantity * line.UnitPrice - line.Discount);
    }

    private static DocumentTotals Totals(
        List<PricedLine> lines, List<PricedAllowanceCharge> allowances, IReadOnlyList<TaxSubtotal> breakdown, CurrencyCode currency, ExchangeRate? rate)
    {
        var lineNet = lines.Sum(l => l.NetAmount.Amount);                                       // BR-CO-10
        var allowanceTotal = allowances.Where(a => !a.AllowanceCharge.IsCharge).Sum(a => a.AllowanceCharge.Amount); // BR-CO-11
        var chargeTotal = allowances.Where(a => a.AllowanceCharge.IsCharge).Sum(a => a.AllowanceCharge.Amount);      // BR-CO-12
        var taxExclusive = lineNet - allowanceTotal + chargeTotal;                                // BR-CO-13
        var taxTotal = breakdown.Sum(b => b.TaxAmount.Amount);                                    // BR-CO-14
        var taxInclusive = taxExclusive + taxTotal;                                               // BR-CO-15
        Sdk.Common.Money M(decimal value) => new(value, currency);
        return new DocumentTotals(M(lineNet), M(allowanceTotal), M(chargeTotal), M(taxExclusive), M(taxTotal), M(taxInclusive), M(0m), M(taxInclusive)) // BR-CO-16
        {
            TaxTotalInAccountingCurrency = rate is null || rate.From == rate.To
                ? null
                : new Sdk.Common.Money(RoundingPolicy.Amount(taxTotal * rate.Rate), rate.To),
        };
    }
}
