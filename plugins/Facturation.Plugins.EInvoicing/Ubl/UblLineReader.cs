using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.EInvoicing.Ubl;

/// <summary>Reads a received invoice line (<c>cac:InvoiceLine</c> or <c>cac:CreditNoteLine</c>).</summary>
internal static class UblLineReader
{
    /// <summary>
    /// The line with its stated net amount (BT-131) and VAT decision. A line written with a negative quantity and a
    /// positive price (how EN 16931 carries a deduction, BR-27) reads back as the product states deductions: a
    /// positive quantity and a negative unit price, with the same net amount. The exemption reason of the line's
    /// category comes from the VAT breakdown, as UBL has none on lines.
    /// </summary>
    public static PricedLine Read(UblNode line, UblDocumentFacts facts, IReadOnlyList<TaxSubtotal> breakdown)
    {
        var quantityName = facts.IsCreditNote ? "cbc:CreditedQuantity" : "cbc:InvoicedQuantity";
        var quantity = line.Required(quantityName, "The invoiced quantity (BT-129)");
        var unit = line.Attribute(quantityName, "unitCode");
        if (unit is not { Length: >= 1 and <= 3 } || !unit.All(static c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9')))
        {
            line.Report("einvoice.invalid-code", $"'{unit}' is not a UN/ECE Recommendation 20/21 unit code.", $"{quantityName}/@unitCode");
            unit = UnitCode.One.Value;
        }
        var price = line.Required("cac:Price/cbc:PriceAmount", "The item net price (BT-146)");
        if (line.Decimal("cac:Price/cbc:BaseQuantity") is { } baseQuantity and not 0)
            price /= baseQuantity;
        if (quantity < 0 && price > 0)
        {
            quantity = -quantity;
            price = -price;
        }
        var discount = 0m;
        string? reason = null;
        foreach (var entry in line.Children("cac:AllowanceCharge"))
        {
            var amount = entry.Required("cbc:Amount", "The line allowance or charge amount (BT-136, BT-141)");
            var isCharge = entry.Flag("cbc:ChargeIndicator");
            discount += isCharge ? -amount : amount;
            reason ??= entry.Text("cbc:AllowanceChargeReason");
        }
        var (category, rate) = UblTaxCategoryReader.Read(line, "cac:Item/cac:ClassifiedTaxCategory");
        var row = breakdown.FirstOrDefault(r => r.Category == category && r.RatePercent == rate);
        var period = line.Child("cac:InvoicePeriod");
        var name = line.Text("cac:Item/cbc:Name") ?? line.Text("cac:Item/cbc:Description");
        if (name is null)
            line.Report("einvoice.missing-value", "The item name (BT-153) is missing.", "cac:Item/cbc:Name");
        var id = line.Text("cbc:ID");
        if (id is null)
            line.Report("einvoice.missing-value", "The line identifier (BT-126) is missing.", "cbc:ID");
        var documentLine = new DocumentLine(id ?? string.Empty, name ?? string.Empty, quantity, new UnitCode(unit), price, facts.Nature,
            UblTaxCategoryReader.ClassOf(category, rate))
        {
            ItemCode = line.Text("cac:Item/cac:SellersItemIdentification/cbc:ID"),
            Discount = discount,
            DiscountReason = reason,
            Note = line.Text("cbc:Note"),
            DeliveryDate = period?.Date("cbc:EndDate") ?? period?.Date("cbc:StartDate"),
        };
        var net = line.Required("cbc:LineExtensionAmount", "The line net amount (BT-131)");
        var decision = UblTaxCategoryReader.Decision(category, rate, facts.DueOnPayment) with
        {
            ExemptionReason = row?.ExemptionReason,
            ExemptionReasonCode = row?.ExemptionReasonCode,
        };
        return new PricedLine(documentLine, new Money(net, facts.Currency), decision);
    }
}
