using System.Globalization;
using Facturation.Sdk.Common;
using static Facturation.Plugins.EInvoicing.Rules.RuleArithmetic;

namespace Facturation.Plugins.EInvoicing.Rules.Families;

/// <summary>
/// EN 16931 rules BR-DEC-01 to BR-DEC-28: amounts have at most two decimals. The writers print amounts with two
/// decimals, so an amount with more would be silently rounded: it is refused instead. Texts from
/// ConnectingEurope/eInvoicing-EN16931, cii/schematron/abstract/EN16931-CII-model.sch.
/// </summary>
internal static class DecimalRules
{
    public static void Check(InvoiceUnderCheck invoice, ICollection<Problem> problems)
    {
        var snapshot = invoice.Snapshot;
        for (var i = 0; i < snapshot.AllowancesCharges.Count; i++)
        {
            var field = $"AllowancesCharges[{i.ToString(CultureInfo.InvariantCulture)}]";
            var item = snapshot.AllowancesCharges[i].AllowanceCharge;
            if (item.IsCharge)
            {
                Amount("BR-DEC-05", "Document level charge amount (BT-99)", item.Amount, field + ".Amount", problems);
                Amount("BR-DEC-06", "Document level charge base amount (BT-100)", item.BaseAmount, field + ".BaseAmount", problems);
            }
            else
            {
                Amount("BR-DEC-01", "Document level allowance amount (BT-92)", item.Amount, field + ".Amount", problems);
                Amount("BR-DEC-02", "Document level allowance base amount (BT-93)", item.BaseAmount, field + ".BaseAmount", problems);
            }
        }

        var totals = snapshot.Totals;
        Amount("BR-DEC-09", "Sum of Invoice line net amount (BT-106)", totals.LineNetTotal.Amount, "Totals.LineNetTotal", problems);
        Amount("BR-DEC-10", "Sum of allowanced on document level (BT-107)", totals.AllowanceTotal.Amount, "Totals.AllowanceTotal", problems);
        Amount("BR-DEC-11", "Sum of charges on document level (BT-108)", totals.ChargeTotal.Amount, "Totals.ChargeTotal", problems);
        Amount("BR-DEC-12", "Invoice total amount without VAT (BT-109)", totals.TaxExclusiveAmount.Amount, "Totals.TaxExclusiveAmount", problems);
        Amount("BR-DEC-13", "Invoice total VAT amount (BT-110)", totals.TaxTotal.Amount, "Totals.TaxTotal", problems);
        Amount("BR-DEC-14", "Invoice total amount with VAT (BT-112)", totals.TaxInclusiveAmount.Amount, "Totals.TaxInclusiveAmount", problems);
        Amount("BR-DEC-15", "Invoice total VAT amount in accounting currency (BT-111)", totals.TaxTotalInAccountingCurrency?.Amount, "Totals.TaxTotalInAccountingCurrency", problems);
        Amount("BR-DEC-16", "Paid amount (BT-113)", totals.PrepaidAmount.Amount, "Totals.PrepaidAmount", problems);
        Amount("BR-DEC-17", "Rounding amount (BT-114)", totals.RoundingAmount?.Amount, "Totals.RoundingAmount", problems);
        Amount("BR-DEC-18", "Amount due for payment (BT-115)", totals.AmountDue.Amount, "Totals.AmountDue", problems);

        for (var i = 0; i < snapshot.TaxBreakdown.Count; i++)
        {
            var field = InvoiceUnderCheck.BreakdownField(i);
            Amount("BR-DEC-19", "VAT category taxable amount (BT-116)", snapshot.TaxBreakdown[i].TaxableAmount.Amount, field + ".TaxableAmount", problems);
            Amount("BR-DEC-20", "VAT category tax amount (BT-117)", snapshot.TaxBreakdown[i].TaxAmount.Amount, field + ".TaxAmount", problems);
        }

        for (var i = 0; i < snapshot.Lines.Count; i++)
        {
            var field = $"Lines[{i.ToString(CultureInfo.InvariantCulture)}]";
            Amount("BR-DEC-23", "Invoice line net amount (BT-131)", snapshot.Lines[i].NetAmount.Amount, field + ".NetAmount", problems);
            var discount = snapshot.Lines[i].Line.Discount;
            if (discount > 0m)
                Amount("BR-DEC-24", "Invoice line allowance amount (BT-136)", discount, field + ".Discount", problems);
            else if (discount < 0m)
                Amount("BR-DEC-27", "Invoice line charge amount (BT-141)", -discount, field + ".Discount", problems);
        }
    }

    private static void Amount(string id, string term, decimal? value, string field, ICollection<Problem> problems)
    {
        if (value is { } amount && !HasAtMostTwoDecimals(amount))
            problems.Add(Violation.Of(id, "The allowed maximum number of decimals for the " + term + " is 2.", field, Violation.Show(amount)));
    }
}
