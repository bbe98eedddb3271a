using Facturation.Sdk.Common;
using Facturation.Sdk.Taxes;
using static Facturation.Plugins.EInvoicing.Rules.RuleArithmetic;

namespace Facturation.Plugins.EInvoicing.Rules.Families;

/// <summary>
/// EN 16931 calculation rules BR-CO-10 to BR-CO-18 with the arithmetic of their published CII binding
/// (ConnectingEurope/eInvoicing-EN16931, cii/schematron/CII/EN16931-CII-model.sch): sums rounded to cents, and for
/// BR-CO-17 a tolerance of one currency unit around <c>round(|BT-116| × BT-119 / 100, 2)</c>.
/// </summary>
internal static class CalculationRules
{
    public static void Check(InvoiceUnderCheck invoice, ICollection<Problem> problems)
    {
        var snapshot = invoice.Snapshot;
        var totals = snapshot.Totals;

        var lineSum = RoundToCents(snapshot.Lines.Sum(static l => l.NetAmount.Amount));
        if (totals.LineNetTotal.Amount != lineSum)
            problems.Add(Broken("BR-CO-10", "Sum of Invoice line net amount (BT-106) = Σ Invoice line net amount (BT-131).", "Totals.LineNetTotal", totals.LineNetTotal.Amount, lineSum));

        var allowances = RoundToCents(snapshot.AllowancesCharges.Where(static a => !a.AllowanceCharge.IsCharge).Sum(static a => a.AllowanceCharge.Amount));
        if (totals.AllowanceTotal.Amount != allowances)
            problems.Add(Broken("BR-CO-11", "Sum of allowances on document level (BT-107) = Σ Document level allowance amount (BT-92).", "Totals.AllowanceTotal", totals.AllowanceTotal.Amount, allowances));

        var charges = RoundToCents(snapshot.AllowancesCharges.Where(static a => a.AllowanceCharge.IsCharge).Sum(static a => a.AllowanceCharge.Amount));
        if (totals.ChargeTotal.Amount != charges)
            problems.Add(Broken("BR-CO-12", "Sum of charges on document level (BT-108) = Σ Document level charge amount (BT-99).", "Totals.ChargeTotal", totals.ChargeTotal.Amount, charges));

        var taxExclusive = RoundToCents(totals.LineNetTotal.Amount - totals.AllowanceTotal.Amount + totals.ChargeTotal.Amount);
        if (totals.TaxExclusiveAmount.Amount != taxExclusive)
        {
            problems.Add(Broken("BR-CO-13", "Invoice total amount without VAT (BT-109) = Σ Invoice line net amount (BT-131) - Sum of allowances on document level (BT-107) + Sum of charges on document level (BT-108).",
                "Totals.TaxExclusiveAmount", totals.TaxExclusiveAmount.Amount, taxExclusive));
        }

        var vat = RoundToCents(snapshot.TaxBreakdown.Sum(static r => r.TaxAmount.Amount));
        if (totals.TaxTotal.Amount != vat)
            problems.Add(Broken("BR-CO-14", "Invoice total VAT amount (BT-110) = Σ VAT category tax amount (BT-117).", "Totals.TaxTotal", totals.TaxTotal.Amount, vat));

        var taxInclusive = RoundToCents(totals.TaxExclusiveAmount.Amount + totals.TaxTotal.Amount);
        if (totals.TaxInclusiveAmount.Amount != taxInclusive)
        {
            problems.Add(Broken("BR-CO-15", "Invoice total amount with VAT (BT-112) = Invoice total amount without VAT (BT-109) + Invoice total VAT amount (BT-110).",
                "Totals.TaxInclusiveAmount", totals.TaxInclusiveAmount.Amount, taxInclusive));
        }

        var due = totals.TaxInclusiveAmount.Amount - totals.PrepaidAmount.Amount + (totals.RoundingAmount?.Amount ?? 0m);
        if (totals.AmountDue.Amount != due)
        {
            problems.Add(Broken("BR-CO-16", "Amount due for payment (BT-115) = Invoice total amount with VAT (BT-112) -Paid amount (BT-113) +Rounding amount (BT-114).",
                "Totals.AmountDue", totals.AmountDue.Amount, due));
        }

        for (var i = 0; i < snapshot.TaxBreakdown.Count; i++)
            CheckRowVat(snapshot.TaxBreakdown[i], i, problems);

        if (snapshot.TaxBreakdown.Count == 0)
            problems.Add(Violation.Of("BR-CO-18", "An Invoice shall at least have one VAT breakdown group (BG-23).", "TaxBreakdown"));
    }

    // BR-CO-17 as bound to CII: a rate that rounds to 0 (or no rate, category O) needs a tax amount that rounds to
    // 0; any other rate needs |BT-117| within one unit of round(|BT-116| × BT-119 / 100, 2), bounds included.
    private static void CheckRowVat(TaxSubtotal row, int index, ICollection<Problem> problems)
    {
        var tax = row.TaxAmount.Amount;
        bool holds;
        decimal expected;
        if (row.Category == VatCategory.OutsideScope || XPathRound(row.RatePercent) == 0m)
        {
            expected = 0m;
            holds = XPathRound(tax) == 0m;
        }
        else
        {
            expected = ExpectedVat(row.TaxableAmount.Amount, row.RatePercent);
            holds = Math.Abs(tax) - 1m <= expected && Math.Abs(tax) + 1m >= expected;
        }
        if (!holds)
        {
            problems.Add(Broken("BR-CO-17", "VAT category tax amount (BT-117) = VAT category taxable amount (BT-116) x (VAT category rate (BT-119) / 100), rounded to two decimals.",
                InvoiceUnderCheck.BreakdownField(index) + ".TaxAmount", tax, expected));
        }
    }

    private static Problem Broken(string id, string rule, string field, decimal found, decimal expected) =>
        Violation.Of(id, rule, field, $"{Violation.Show(found)}, expected {Violation.Show(expected)}");
}
