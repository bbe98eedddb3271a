using System.Text.Json;
using Facturation.Application.Interchange.Model;
using Facturation.Domain.Documents;

namespace Facturation.Application.Interchange.Writing;

/// <summary>Writes one draft document record: header, lines and allowances/charges as stored (fully resolved).</summary>
internal static class DocumentWriter
{
    public static void Write(Utf8JsonWriter writer, Document document, string companyCode, string customerCode)
    {
        writer.WriteStartObject();
        writer.WriteString("sourceId", SourceKey.Of(document.SourceId, document.Id));
        writer.WriteString("companyCode", companyCode);
        writer.WriteString("type", InterchangeNames.Of(document.Type));
        writer.WriteString("customerCode", customerCode);
        writer.WriteString("currency", document.Currency);
        writer.Number("exchangeRate", document.ExchangeRate);
        writer.Date("exchangeRateDate", document.ExchangeRateDate);
        writer.Text("exchangeRateSource", document.ExchangeRateSource);
        writer.Date("deliveryDate", document.DeliveryDate);
        writer.Date("invoicingPeriodStart", document.InvoicingPeriodStart);
        writer.Date("invoicingPeriodEnd", document.InvoicingPeriodEnd);
        writer.Date("dueDate", document.DueDate);
        writer.Text("purchaseOrderReference", document.PurchaseOrderReference);
        writer.Text("paymentTerms", document.PaymentTerms);
        writer.Text("note", document.Note);
        writer.WriteStartArray("lines");
        foreach (var line in document.Lines.OrderBy(l => l.Position))
            Line(writer, line);
        writer.WriteEndArray();
        if (document.AllowancesCharges.Count > 0)
        {
            writer.WriteStartArray("allowancesCharges");
            foreach (var charge in document.AllowancesCharges.OrderBy(a => a.Position))
                AllowanceCharge(writer, charge);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static void Line(Utf8JsonWriter writer, DraftLine line)
    {
        writer.WriteStartObject();
        writer.Text("itemCode", line.ItemCode);
        writer.WriteString("description", line.Description);
        writer.Number("quantity", line.Quantity);
        writer.WriteString("unitCode", line.UnitCode);
        writer.Number("unitPrice", line.UnitPrice);
        writer.Number("discount", line.Discount == 0m ? null : line.Discount);
        writer.WriteString("taxClass", line.TaxClass);
        writer.WriteString("nature", InterchangeNames.Of(line.Nature));
        writer.WriteEndObject();
    }

    private static void AllowanceCharge(Utf8JsonWriter writer, DraftAllowanceCharge charge)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("isCharge", charge.IsCharge);
        writer.WriteString("reason", charge.Reason);
        writer.Number("amount", charge.Amount);
        writer.WriteString("taxClass", charge.TaxClass);
        writer.Number("percentage", charge.Percentage);
        writer.Number("baseAmount", charge.BaseAmount);
        writer.WriteEndObject();
    }
}
