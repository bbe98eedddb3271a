using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.EInvoicing.Cii;

/// <summary>Writes <c>ram:SpecifiedTradeSettlementHeaderMonetarySummation</c> (BG-22, BT-106 to BT-115).</summary>
internal static class CiiTotalsWriter
{
    /// <summary>Writes <paramref name="totals"/>. The VAT total is stated in the invoice currency and, when the VAT
    /// accounting currency differs, a second time in that currency (BT-111), each with its <c>currencyID</c>.</summary>
    public static void Write(CiiElementWriter writer, DocumentTotals totals, bool isBasic)
    {
        writer.Start("SpecifiedTradeSettlementHeaderMonetarySummation");
        writer.Amount("LineTotalAmount", totals.LineNetTotal.Amount);
        writer.Amount("ChargeTotalAmount", totals.ChargeTotal.Amount);
        writer.Amount("AllowanceTotalAmount", totals.AllowanceTotal.Amount);
        writer.Amount("TaxBasisTotalAmount", totals.TaxExclusiveAmount.Amount);
        writer.Amount("TaxTotalAmount", totals.TaxTotal);
        if (totals.TaxTotalInAccountingCurrency is { } accounting && accounting.Currency != totals.TaxTotal.Currency)
            writer.Amount("TaxTotalAmount", accounting);
        if (!isBasic && totals.RoundingAmount is { } rounding)
            writer.Amount("RoundingAmount", rounding.Amount);
        writer.Amount("GrandTotalAmount", totals.TaxInclusiveAmount.Amount);
        writer.Amount("TotalPrepaidAmount", totals.PrepaidAmount.Amount);
        writer.Amount("DuePayableAmount", totals.AmountDue.Amount);
        writer.End();
    }
}
