using Facturation.Sdk.Documents;

namespace Facturation.Plugins.EInvoicing.Ubl;

/// <summary>Writes document allowances and charges (BG-20, BG-21), the VAT breakdown (BG-23) with BT-110 and BT-111,
/// and the document totals (BG-22).</summary>
internal static class UblTotalsWriter
{
    /// <summary>One <c>cac:AllowanceCharge</c> per document-level allowance or charge.</summary>
    public static void WriteAllowancesCharges(UblElementWriter writer, DocumentSnapshot snapshot)
    {
        var currency = snapshot.Document.Currency;
        foreach (var priced in snapshot.AllowancesCharges)
        {
            var entry = priced.AllowanceCharge;
            writer.Start("AllowanceCharge");
            writer.Basic("ChargeIndicator", entry.IsCharge ? "true" : "false");
            writer.Basic("AllowanceChargeReasonCode", entry.ReasonCode);
            writer.Basic("AllowanceChargeReason", entry.Reason);
            if (entry.Percentage is { } percentage)
                writer.Basic("MultiplierFactorNumeric", Terms.XmlValues.Decimal(percentage));
            writer.Amount("Amount", entry.Amount, currency);
            if (entry.BaseAmount is { } baseAmount)
                writer.Amount("BaseAmount", baseAmount, currency);
            // No exemption reason on an allowance or charge (UBL-CR-480, UBL-CR-481): it is in the breakdown.
            writer.TaxCategory("TaxCategory", priced.Tax.Category, priced.Tax.RatePercent);
            writer.End();
        }
    }

    /// <summary>The <c>cac:TaxTotal</c> in the document currency with one subtotal per breakdown row, then, when the
    /// accounting currency differs, a second <c>cac:TaxTotal</c> holding only BT-111.</summary>
    public static void WriteTaxTotals(UblElementWriter writer, DocumentSnapshot snapshot)
    {
        writer.Start("TaxTotal");
        writer.Amount("TaxAmount", snapshot.Totals.TaxTotal);
        foreach (var row in snapshot.TaxBreakdown)
        {
            writer.Start("TaxSubtotal");
            writer.Amount("TaxableAmount", row.TaxableAmount);
            writer.Amount("TaxAmount", row.TaxAmount);
            writer.TaxCategory("TaxCategory", row.Category, row.RatePercent, row.ExemptionReasonCode, row.ExemptionReason);
            writer.End();
        }
        writer.End();
        if (snapshot.Totals.TaxTotalInAccountingCurrency is { } accounting && accounting.Currency != snapshot.Document.Currency)
        {
            writer.Start("TaxTotal");
            writer.Amount("TaxAmount", accounting);
            writer.End();
        }
    }

    /// <summary><c>cac:LegalMonetaryTotal</c>: BT-106, BT-109, BT-112, BT-107, BT-108, BT-113, BT-114, BT-115.</summary>
    public static void WriteMonetaryTotal(UblElementWriter writer, DocumentSnapshot snapshot)
    {
        var totals = snapshot.Totals;
        writer.Start("LegalMonetaryTotal");
        writer.Amount("LineExtensionAmount", totals.LineNetTotal);
        writer.Amount("TaxExclusiveAmount", totals.TaxExclusiveAmount);
        writer.Amount("TaxInclusiveAmount", totals.TaxInclusiveAmount);
        if (totals.AllowanceTotal.Amount != 0 || snapshot.AllowancesCharges.Any(static a => !a.AllowanceCharge.IsCharge))
            writer.Amount("AllowanceTotalAmount", totals.AllowanceTotal);
        if (totals.ChargeTotal.Amount != 0 || snapshot.AllowancesCharges.Any(static a => a.AllowanceCharge.IsCharge))
            writer.Amount("ChargeTotalAmount", totals.ChargeTotal);
        if (totals.PrepaidAmount.Amount != 0)
            writer.Amount("PrepaidAmount", totals.PrepaidAmount);
        if (totals.RoundingAmount is { Amount: not 0 } rounding)
            writer.Amount("PayableRoundingAmount", rounding);
        writer.Amount("PayableAmount", totals.AmountDue);
        writer.End();
    }
}
