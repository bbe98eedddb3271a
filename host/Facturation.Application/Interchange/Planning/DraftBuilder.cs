using Facturation.Application.Common;
using Facturation.Application.Documents;
using Facturation.Application.Interchange.Model;
using Facturation.Application.Plugins;
using Facturation.Domain.Documents;
using Facturation.Domain.Money;
using Facturation.Domain.Parties;
using Facturation.Sdk.Documents;

namespace Facturation.Application.Interchange.Planning;

/// <summary>
/// Builds the draft a document record becomes, the way the document service would (header, then each line with the
/// catalogue item's values as defaults, then allowances and charges), reporting every rule a part breaks.
/// </summary>
internal static class DraftBuilder
{
    public static Document Build(DocumentRecord record, Company company, Customer? customer, ImportScope scope, CompanyExtensions? regime, ImportErrorList errors)
    {
        var input = record.Header;
        var currency = input.Currency ?? customer?.Currency ?? company.AccountingCurrency;
        errors.AddRange(record.At, DraftHeaderRules.Check(input, company, customer, currency).Problems);
        var foreign = currency != company.AccountingCurrency;
        var document = new Document
        {
            CompanyId = company.Id,
            Type = input.Type,
            CustomerId = customer?.Id ?? Guid.Empty,
            Currency = currency,
            ExchangeRate = foreign ? input.ExchangeRate : null,
            ExchangeRateDate = foreign ? input.ExchangeRateDate : null,
            ExchangeRateSource = foreign ? input.ExchangeRateSource ?? "imported" : null,
            DeliveryDate = input.DeliveryDate,
            InvoicingPeriodStart = input.InvoicingPeriodStart,
            InvoicingPeriodEnd = input.InvoicingPeriodEnd,
            DueDate = input.DueDate,
            PurchaseOrderReference = input.PurchaseOrderReference,
            PaymentTerms = input.PaymentTerms,
            Note = input.Note,
            SourceId = input.SourceId,
        };
        for (var i = 0; i < record.Lines.Count; i++)
            document.Lines.Add(Line(record, i, company, scope, regime, errors));
        for (var i = 0; i < record.AllowancesCharges.Count; i++)
            AddAllowanceCharge(document, record.AllowancesCharges[i], record.At, i, regime, errors);
        return document;
    }

    private static DraftLine Line(DocumentRecord record, int index, Company company, ImportScope scope, CompanyExtensions? regime, ImportErrorList errors)
    {
        var input = record.Lines[index];
        var field = $"lines[{index}]";
        var item = input.ItemCode is null ? null : scope.Item(company.Id, input.ItemCode);
        var line = new DraftLine
        {
            Position = index + 1,
            ItemCode = item?.Code,
            Description = input.Description ?? item?.Description ?? "",
            Quantity = input.Quantity,
            UnitCode = input.UnitCode ?? item?.UnitCode ?? "C62",
            UnitPrice = input.UnitPrice ?? item?.UnitPrice ?? 0m,
            Discount = input.DiscountPercent is { } percent
                ? AmountRules.PercentOfLine(input.Quantity, input.UnitPrice ?? item?.UnitPrice ?? 0m, percent)
                : input.Discount,
            Nature = input.Nature ?? item?.Nature ?? LineNature.Service,
            TaxClass = input.TaxClass ?? item?.TaxClass ?? TaxClass.Standard.Value,
        };
        var validator = LineRules.Check(line, field)
            .When(input.ItemCode is not null && item is null, field + ".ItemCode", "item.not-found",
                $"No item with code '{input.ItemCode}' in company '{company.Code}', neither in the file nor in the database.")
            .When(item?.ArchivedAt is not null, field + ".ItemCode", "item.archived", $"Item '{input.ItemCode}' is archived.")
            .When(input.DiscountPercent is < 0 or > 100, field + ".DiscountPercent", "range", "DiscountPercent must be between 0 and 100.")
            .When(input.DiscountPercent is not null && input.Discount != 0m, field + ".Discount", "discount.twice", "Give Discount or DiscountPercent, not both.")
            .KnownTaxClass(regime, line.TaxClass, field + ".TaxClass");
        errors.AddRange(record.At, validator.Problems);
        return line;
    }

    private static void AddAllowanceCharge(Document document, AllowanceRecord input, RecordLocation at, int index, CompanyExtensions? regime, ImportErrorList errors)
    {
        var validator = AllowanceRules.Check(input, document.Lines.Count > 0);
        if (input.Amount is not null)
            validator.KnownTaxClass(regime, input.TaxClass ?? TaxClass.Standard.Value, "TaxClass");
        errors.AddRange(at, validator.Problems, $"allowancesCharges[{index}]");
        if (!validator.IsValid)
            return;
        if (input.Amount is { } amount)
        {
            document.AllowancesCharges.Add(new DraftAllowanceCharge
            {
                Position = document.AllowancesCharges.Count + 1, IsCharge = input.IsCharge, Amount = amount, Reason = input.Reason,
                TaxClass = input.TaxClass ?? TaxClass.Standard.Value, Percentage = input.Percentage, BaseAmount = input.BaseAmount,
            });
            return;
        }
        var split = new AllowanceChargeInput { IsCharge = input.IsCharge, Percentage = input.Percentage, Reason = input.Reason };
        foreach (var charge in AllowanceSplit.Split(document, split).ToList())
            document.AllowancesCharges.Add(charge);
    }
}
