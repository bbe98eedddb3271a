using System.Text.Json;
using Facturation.Application.Documents;
using Facturation.Application.Interchange.Model;
using Facturation.Sdk.Documents;

namespace Facturation.Application.Interchange.Reading;

/// <summary>Reads one record of the <c>documents</c> section: a draft with its lines and allowances/charges.</summary>
internal static class JsonDocumentParser
{
    public static DocumentRecord? Parse(JsonElement element, int index, string? defaultCompany, ImportErrorList errors)
    {
        var (fields, at) = RecordStart.Open(element, RecordKinds.Documents, index, errors);
        if (fields is null)
            return null;
        var company = RecordStart.CompanyCode(fields.Text("companyCode"), defaultCompany, at, errors);
        var header = new DraftInput
        {
            SourceId = at.SourceId,
            Type = fields.RequiredChoice("type", InterchangeNames.DocumentTypes) ?? DocumentType.Invoice,
            CustomerCode = fields.Text("customerCode") ?? "",
            Currency = fields.Text("currency"),
            ExchangeRate = fields.Number("exchangeRate"),
            ExchangeRateDate = fields.Date("exchangeRateDate"),
            ExchangeRateSource = fields.Text("exchangeRateSource"),
            DeliveryDate = fields.Date("deliveryDate"),
            InvoicingPeriodStart = fields.Date("invoicingPeriodStart"),
            InvoicingPeriodEnd = fields.Date("invoicingPeriodEnd"),
            DueDate = fields.Date("dueDate"),
            PurchaseOrderReference = fields.Text("purchaseOrderReference"),
            PaymentTerms = fields.Text("paymentTerms"),
            Note = fields.Text("note"),
        };
        var lines = fields.Objects("lines").Select(Line).ToList();
        var charges = fields.Objects("allowancesCharges").Select(AllowanceCharge).ToList();
        fields.RejectUnknown();
        return new DocumentRecord(at, company, header, lines, charges);
    }

    private static LineInput Line(JsonFields fields)
    {
        var line = new LineInput
        {
            ItemCode = fields.Text("itemCode"),
            Description = fields.Text("description"),
            Quantity = fields.RequiredNumber("quantity") ?? 1m,
            UnitCode = fields.Text("unitCode"),
            UnitPrice = fields.Number("unitPrice"),
            Discount = fields.Number("discount") ?? 0m,
            DiscountPercent = fields.Number("discountPercent"),
            TaxClass = fields.Text("taxClass"),
            Nature = fields.Choice("nature", InterchangeNames.LineNatures),
        };
        fields.RejectUnknown();
        return line;
    }

    private static AllowanceRecord AllowanceCharge(JsonFields fields)
    {
        var charge = new AllowanceRecord
        {
            IsCharge = fields.Flag("isCharge") ?? false,
            Amount = fields.Number("amount"),
            TaxClass = fields.Text("taxClass"),
            Percentage = fields.Number("percentage"),
            BaseAmount = fields.Number("baseAmount"),
            Reason = fields.Text("reason") ?? "",
        };
        fields.RejectUnknown();
        return charge;
    }
}
