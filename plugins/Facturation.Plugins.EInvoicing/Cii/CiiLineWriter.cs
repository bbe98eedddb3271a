using Facturation.Plugins.EInvoicing.Terms;
using Facturation.Sdk.Documents;

namespace Facturation.Plugins.EInvoicing.Cii;

/// <summary>Writes an invoice line (BG-25) as <c>ram:IncludedSupplyChainTradeLineItem</c>.</summary>
internal static class CiiLineWriter
{
    /// <summary>Writes <paramref name="priced"/>. A negative unit price (a deducted deposit) is written as a positive
    /// price with the quantity negated, since the item net price cannot be negative (BR-27); the line net amount is
    /// unchanged.</summary>
    public static void Write(CiiElementWriter writer, PricedLine priced, bool isBasic)
    {
        var line = priced.Line;
        writer.Start("IncludedSupplyChainTradeLineItem");

        writer.Start("AssociatedDocumentLineDocument");
        writer.Text("LineID", line.LineId);
        if (!string.IsNullOrWhiteSpace(line.Note))
        {
            writer.Start("IncludedNote");
            writer.Text("Content", line.Note);
            writer.End();
        }
        writer.End();

        writer.Start("SpecifiedTradeProduct");
        writer.Text("SellerAssignedID", isBasic ? null : line.ItemCode);
        writer.Text("Name", line.Description);
        writer.End();

        var negativePrice = line.UnitPrice < 0m;
        writer.Start("SpecifiedLineTradeAgreement");
        writer.Start("NetPriceProductTradePrice");
        writer.Text("ChargeAmount", XmlValues.Decimal(Math.Abs(line.UnitPrice)));
        writer.End();
        writer.End();

        writer.Start("SpecifiedLineTradeDelivery");
        writer.Text("BilledQuantity", XmlValues.Decimal(negativePrice ? -line.Quantity : line.Quantity), "unitCode", line.Unit.Value);
        writer.End();

        writer.Start("SpecifiedLineTradeSettlement");
        writer.CategoryTax("ApplicableTradeTax", priced.Tax);
        if (line.DeliveryDate is { } delivered)
        {
            // BT-134/BT-135: the line's delivery date as a one-day period.
            writer.Start("BillingSpecifiedPeriod");
            writer.Date("StartDateTime", delivered);
            writer.Date("EndDateTime", delivered);
            writer.End();
        }
        if (line.Discount != 0m)
        {
            // BG-27 line allowance (BT-136, BT-139); a negative discount is a line charge (BG-28).
            writer.Start("SpecifiedTradeAllowanceCharge");
            writer.ChargeIndicator(line.Discount < 0m);
            writer.Amount("ActualAmount", Math.Abs(line.Discount));
            // BT-140: a discount the seller gave no reason for is UNTDID 5189 code 95, "Discount" (BR-42).
            if (line.Discount > 0m && string.IsNullOrWhiteSpace(line.DiscountReason))
                writer.Text("ReasonCode", LineDiscounts.UnexplainedReasonCode);
            writer.Text("Reason", line.DiscountReason);
            writer.End();
        }
        writer.Start("SpecifiedTradeSettlementLineMonetarySummation");
        writer.Amount("LineTotalAmount", priced.NetAmount.Amount);
        writer.End();
        writer.End();

        writer.End();
    }
}
