using Facturation.Application.Common;
using Facturation.Application.Documents;
using Facturation.Domain.Parties;
using Facturation.Sdk.Documents;

namespace Facturation.Application.Interchange.Planning;

/// <summary>
/// The checks the document service runs when a draft starts (customer usable, currency, exchange rate, dates), plus one
/// of the import's own: a foreign-currency draft brings its rate's date, since the import cannot know it.
/// </summary>
internal static class DraftHeaderRules
{
    public static Validator Check(DraftInput input, Company company, Customer? customer, string currency) => new Validator()
        .When(customer is null, "CustomerCode", "customer.not-found",
            $"No customer with code '{input.CustomerCode}' in company '{company.Code}', neither in the file nor in the database.")
        .When(customer?.ArchivedAt is not null, "CustomerCode", "customer.archived", $"Customer '{input.CustomerCode}' is archived.")
        .When(input.Type == DocumentType.CreditNote, "Type", "creditnote.from-invoice", "A credit note is created from the invoice it corrects (credit command), not imported.")
        .When(!CodeLists.IsCurrency(currency), "Currency", "code.currency", $"Currency '{currency}' is not an ISO 4217 code.")
        .When(currency != company.AccountingCurrency && input.ExchangeRate is null, "ExchangeRate", "exchange-rate.required",
            $"A {currency} document needs the exchange rate to {company.AccountingCurrency} (with its date and source).")
        .DraftEntries(input)
        .When(currency != company.AccountingCurrency && input.ExchangeRate is not null && input.ExchangeRateDate is null, "ExchangeRateDate", "exchange-rate-date.required",
            "An imported exchange rate needs its date (exchangeRateDate).")
        .When(input.ExchangeRate is <= 0, "ExchangeRate", "exchange-rate.not-positive", "ExchangeRate must be above zero.")
        .When(input.DueDate is not null && input.DeliveryDate is not null && input.DueDate < input.DeliveryDate, "DueDate", "date.order", "DueDate cannot be before DeliveryDate.")
        .Add(Documents.InvoicingPeriodRules.Check(input.InvoicingPeriodStart, input.InvoicingPeriodEnd));
}
