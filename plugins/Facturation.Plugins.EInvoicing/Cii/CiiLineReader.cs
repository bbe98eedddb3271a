using Facturation.Plugins.EInvoicing.Terms;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.EInvoicing.Cii;

/// <summary>Reads an invoice line (BG-25) from <c>ram:IncludedSupplyChainTradeLineItem</c>.</summary>
internal static class CiiLineReader
{
    /// <summary>
    /// The line at <paramref name="item"/>: quantity and net price as stated, except that a negative quantity with a
    /// positive price (how a deducted deposit travels, BR-27 forbidding a negative price) reads back as the product
    /// writes such a line, a positive quantity and a negative price (the same net, as the UBL reader does); the price
    /// per unit when a base quantity (BT-149) is given, and the stated line net amount (BT-131). CII states no goods/services nature per line: it is taken from BT-23 (services for S*).
    /// </summary>
    public static (DocumentLine Line, decimal NetAmount, TaxDecision Tax) Read(CiiNode item, LineNature nature)
    {
        var settlement = item.Child("ram:SpecifiedLineTradeSettlement");
        var price = item.RequiredDecimal("ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount", "The item net price (BT-146)");
        if (item.Decimal("ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:BasisQuantity") is { } basis and not 0m)
            price /= basis;
        var discount = 0m;
        string? discountReason = null;
        foreach (var ac in item.Children("ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge"))
        {
            // The domain has one line adjustment: allowances add to it, charges (BG-28) subtract from it.
            var amount = ac.RequiredDecimal("ram:ActualAmount", "The line allowance or charge amount (BT-136, BT-141)");
            discount += IsCharge(ac) ? -amount : amount;
            // A code alone stands in for the reason, except 95 ("Discount"), which says nothing the amount does not.
            discountReason ??= ac.Text("ram:Reason") ?? (ac.Text("ram:ReasonCode") is { } code && code != LineDiscounts.UnexplainedReasonCode ? code : null);
        }
        var quantity = item.RequiredDecimal("ram:SpecifiedLineTradeDelivery/ram:BilledQuantity", "The invoiced quantity (BT-129)");
        if (quantity < 0m && price > 0m)
            (quantity, price) = (-quantity, -price);
        var line = new DocumentLine(
            item.RequiredText("ram:AssociatedDocumentLineDocument/ram:LineID", "The line identifier (BT-126)"),
            item.RequiredText("ram:SpecifiedTradeProduct/ram:Name", "The item name (BT-153)"),
            quantity,
            Unit(item),
            price,
            nature,
            TaxClass.Standard)
        {
            ItemCode = item.Text("ram:SpecifiedTradeProduct/ram:SellerAssignedID"),
            Discount = discount,
            DiscountReason = discountReason,
            Note = Notes(item),
            DeliveryDate = DeliveryDate(settlement),
        };
        var tax = settlement?.Child("ram:ApplicableTradeTax") is { } taxNode
            ? CiiTaxReader.Read(taxNode)
            : Missing(item);
        var net = item.RequiredDecimal("ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount",
            "The line net amount (BT-131)");
        return (line with { TaxClass = CiiTaxReader.ClassOf(tax) }, net, tax);
    }

    /// <summary>Whether an allowance/charge block is a charge (<c>ChargeIndicator/Indicator</c> true).</summary>
    public static bool IsCharge(CiiNode allowanceCharge) =>
        string.Equals(allowanceCharge.Text("ram:ChargeIndicator/udt:Indicator"), "true", StringComparison.OrdinalIgnoreCase);

    private static TaxDecision Missing(CiiNode item)
    {
        item.Missing("ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax", "The line VAT information (BG-30)");
        return new TaxDecision(VatCategory.StandardRate, 0m);
    }

    private static UnitCode Unit(CiiNode item)
    {
        var code = item.Attribute("ram:SpecifiedLineTradeDelivery/ram:BilledQuantity", "unitCode");
        if (code is { Length: >= 1 and <= 3 } && code.All(static c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9')))
            return new UnitCode(code);
        if (code is null)
            item.Missing("ram:SpecifiedLineTradeDelivery/ram:BilledQuantity/@unitCode", "The unit of measure (BT-130)");
        else
            item.Report("einvoice.bad-code", $"'{code}' is not a UN/ECE Rec 20/21 unit code.", "ram:SpecifiedLineTradeDelivery/ram:BilledQuantity");
        return UnitCode.One;
    }

    private static string? Notes(CiiNode item)
    {
        var notes = item.Children("ram:AssociatedDocumentLineDocument/ram:IncludedNote")
            .Select(static n => n.Text("ram:Content"))
            .Where(static t => t is not null)
            .ToList();
        return notes.Count == 0 ? null : string.Join("\n", notes);
    }

    private static DateOnly? DeliveryDate(CiiNode? settlement)
    {
        // The writer states a line's delivery date as a one-day period; a longer period is not a delivery date.
        var start = settlement?.Date("ram:BillingSpecifiedPeriod/ram:StartDateTime");
        var end = settlement?.Date("ram:BillingSpecifiedPeriod/ram:EndDateTime");
        return start == end || start is null || end is null ? start ?? end : null;
    }
}
