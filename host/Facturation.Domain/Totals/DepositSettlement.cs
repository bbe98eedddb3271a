using System.Globalization;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Domain.Totals;

/// <summary>
/// Settles a final invoice against the deposits invoiced before it. The final invoice keeps the whole sale (lines, VAT
/// breakdown and totals of the complete supply: what the accounts book as revenue and VAT) and deducts the deposits:
/// <list type="bullet">
/// <item>exchanged: EN 16931 has no structure for a deduction per VAT category, so the e-invoice carries the deposits'
/// total with VAT as the paid amount BT-113, each deposit invoice in BG-3, and BT-23 B4/S4/M4 (French "cadre de
/// facturation" of a final invoice after deposits, which tells the platforms the deposits' VAT was already declared);
/// BT-115 = BT-112 − BT-113 + BT-114 (BR-CO-16);</item>
/// <item>printed and booked: per deposit and per VAT category and rate (<see cref="DepositDeduction"/>), so the
/// reader sees the VAT already invoiced at each rate and the ledger reverses exactly the deposit's VAT (VAT counted
/// once over the deposits and the final invoice: the deposit's VAT became due when it was received, Directive
/// 2006/112/EC art. 65, CGI art. 269, 2).</item>
/// </list>
/// </summary>
public static class DepositSettlement
{
    /// <summary>Records <paramref name="deductions"/> on a priced final invoice: paid amount and amount due.</summary>
    /// <param name="snapshot">The final invoice priced as the whole sale.</param>
    /// <param name="deductions">What each deposit invoiced per category and rate (net of credit notes).</param>
    /// <returns>The settled snapshot, or the problems when the deposits do not fit the final invoice.</returns>
    public static PricingResult Apply(DocumentSnapshot snapshot, IReadOnlyList<DepositDeduction> deductions)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(deductions);
        if (deductions.Count == 0)
            return new PricingResult(snapshot, []);
        var currency = snapshot.Document.Currency;
        var problems = new List<Problem>();
        foreach (var deposit in deductions.Where(d => d.TaxableAmount.Currency != currency).Select(d => d.Deposit.Number).Distinct())
        {
            problems.Add(new Problem("deposit.currency",
                $"Deposit invoice {deposit} is not in {currency.Value}, the final invoice's currency: it cannot be deducted.", "DepositDeductions"));
        }
        // Each rate's deduction must fit the sale at that rate: the deposits were a share of it (a smaller final
        // invoice is corrected by a credit note on the deposit, not by a negative base).
        foreach (var rate in deductions.GroupBy(d => (d.Category, d.RatePercent)))
        {
            var sold = snapshot.TaxBreakdown.Where(r => r.Category == rate.Key.Category && r.RatePercent == rate.Key.RatePercent).Sum(r => r.TaxableAmount.Amount);
            var deducted = rate.Sum(d => d.TaxableAmount.Amount);
            if (deducted > sold)
            {
                problems.Add(new Problem("deposit.exceeds-final", string.Create(CultureInfo.InvariantCulture,
                    $"The deposits invoiced {deducted:0.00} of base at VAT {rate.Key.Category.ToCode()} {rate.Key.RatePercent} %, but the final invoice sells only {sold:0.00} at that rate; credit the deposit for the difference."),
                    "DepositDeductions"));
            }
        }
        if (problems.Count > 0)
            return new PricingResult(null, problems);

        var totals = snapshot.Totals;
        var prepaid = new Sdk.Common.Money(deductions.Sum(d => d.TaxableAmount.Amount + d.TaxAmount.Amount), currency);
        var due = totals.TaxInclusiveAmount.Amount - prepaid.Amount + (totals.RoundingAmount?.Amount ?? 0m); // BR-CO-16
        return new PricingResult(snapshot with
        {
            DepositDeductions = deductions,
            Totals = totals with { PrepaidAmount = prepaid, AmountDue = new Sdk.Common.Money(due, currency) },
        }, []);
    }
}
