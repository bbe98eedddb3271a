using Facturation.Plugins.EInvoicing.Terms;
using Facturation.Sdk.Documents;

namespace Facturation.Plugins.EInvoicing.Ubl;

/// <summary>Writes an invoice line (BG-25) as <c>cac:InvoiceLine</c> or <c>cac:CreditNoteLine</c>.</summary>
internal static class UblLineWriter
{
    /// <summary>
    /// Writes <paramref name="priced"/>. A line with a negative unit price (a deducted deposit) is written with the
    /// opposite quantity and a positive price: EN 16931 forbids a negative item net price (BR-27), and the line net
    /// amount stays the same.
    /// </summary>
    public static void Write(UblElementWriter writer, PricedLine priced, bool isCreditNote)
    {
        var line = priced.Line;
        var currency = priced.NetAmount.Currency;
        var flip = line.UnitPrice < 0;
        var quantity = flip ? -line.Quantity : line.Quantity;
        var price = flip ? -line.UnitPrice : line.UnitPrice;
        writer.Start(isCreditNote ? "CreditNoteLine" : "InvoiceLine");
        writer.Basic("ID", line.LineId);
        writer.Basic("Note", line.Note);
        writer.Basic(isCreditNote ? "CreditedQuantity" : "InvoicedQuantity", XmlValues.Decimal(quantity), "unitCode", line.Unit.Value);
        writer.Amount("LineExtensionAmount", priced.NetAmount);
        // The line's delivery date as a one-day invoice line period (BG-26); UBL-CR-550 forbids a line Delivery.
        if (line.DeliveryDate is { } delivered)
        {
            writer.Start("InvoicePeriod");
            writer.Date("StartDate", delivered);
            writer.Date("EndDate", delivered);
            writer.End();
        }
        if (line.Discount != 0)
        {
            // BG-27 (BT-136, BT-139); a negative discount is a charge (BG-28). No tax category here (UBL-CR-558).
            writer.Start("AllowanceCharge");
            writer.Basic("ChargeIndicator", line.Discount < 0 ? "true" : "false");
            // BT-140: a discount the seller gave no reason for is UNTDID 5189 code 95, "Discount" (BR-42).
            if (line.Discount > 0 && string.IsNullOrWhiteSpace(line.DiscountReason))
                writer.Basic("AllowanceChargeReasonCode", LineDiscounts.UnexplainedReasonCode);
            writer.Basic("AllowanceChargeReason", line.DiscountReason);
            writer.Amount("Amount", Math.Abs(line.Discount), currency);
            writer.End();
        }
        writer.Start("Item");
        writer.Basic("Name", line.Description);
        if (!string.IsNullOrWhiteSpace(line.ItemCode))
        {
            writer.Start("SellersItemIdentification");
            writer.Basic("ID", line.ItemCode);
            writer.End();
        }
        // No exemption reason at line level (UBL-CR-600, UBL-CR-601).
        writer.TaxCategory("ClassifiedTaxCategory", priced.Tax.Category, priced.Tax.RatePercent);
        writer.End();
        writer.Start("Price");
        writer.Basic("PriceAmount", XmlValues.Decimal(price), "currencyID", currency.Value);
        writer.End();
        writer.End();
    }
}
