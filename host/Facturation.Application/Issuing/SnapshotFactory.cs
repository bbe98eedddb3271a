using Facturation.Domain.Documents;
using Facturation.Domain.Parties;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Application.Issuing;

/// <summary>
/// Builds the SDK view of a document from the company, customer and draft as they are now: the parties' identities
/// and addresses are copied, so the issued snapshot never follows later edits.
/// </summary>
public static class SnapshotFactory
{
    /// <summary>The document as plugins see it.</summary>
    /// <param name="document">Draft.</param>
    /// <param name="company">Seller.</param>
    /// <param name="customer">Buyer.</param>
    /// <param name="issueDate">Issue date.</param>
    /// <param name="number">Number, once taken.</param>
    /// <param name="preceding">Documents referenced (corrected invoice, deducted deposits).</param>
    /// <returns>The SDK document.</returns>
    public static BusinessDocument Build(
        Document document, Company company, Customer customer, DateOnly issueDate, string? number, IReadOnlyList<DocumentReference> preceding)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(company);
        ArgumentNullException.ThrowIfNull(customer);
        var currency = new CurrencyCode(document.Currency);
        var period = document.InvoicingPeriodStart is { } start && document.InvoicingPeriodEnd is { } end ? new InvoicingPeriod(start, end) : null;
        return new BusinessDocument(document.Type, issueDate, currency, Seller(company), Buyer(customer),
            document.Lines.OrderBy(l => l.Position).Select(l => l.ToSdk()).ToList())
        {
            Number = number,
            DeliveryDate = document.DeliveryDate ?? DefaultDeliveryDate(document.Type, period, issueDate),
            InvoicingPeriod = period,
            DeliveryAddress = customer.DeliveryAddress is { } delivery ? Postal(delivery) : null,
            PurchaseOrderReference = document.PurchaseOrderReference,
            AllowancesCharges = document.AllowancesCharges.OrderBy(a => a.Position)
                .Select(a => new DocumentAllowanceCharge(a.IsCharge, a.Amount, new TaxClass(a.TaxClass), a.Reason) { Percentage = a.Percentage, BaseAmount = a.BaseAmount })
                .ToList(),
            PrecedingDocuments = preceding,
            Notes = document.Note is { Length: > 0 } note ? [new DocumentNote(note)] : [],
            PaymentTerms = new PaymentTerms(document.DueDate ?? issueDate.AddDays(customer.PaymentTermsDays ?? company.PaymentTermsDays), document.PaymentTerms),
            AccountingExchangeRate = document.ExchangeRate is { } rate
                ? new ExchangeRate(currency, new CurrencyCode(company.AccountingCurrency), rate, document.ExchangeRateDate ?? issueDate, document.ExchangeRateSource ?? "")
                : null,
        };
    }

    /// <summary>
    /// The delivery or service date (BT-72) of an invoice, deposit invoice or credit note that states neither one nor an
    /// invoicing period (BG-14): its issue date. French law wants the date of the supply on the invoice (CGI annexe II
    /// art. 242 nonies A), and the e-invoice needs one of the two for several categories (e.g. BR-IC-11).
    /// </summary>
    private static DateOnly? DefaultDeliveryDate(DocumentType type, InvoicingPeriod? period, DateOnly issueDate) =>
        period is null && type is DocumentType.Invoice or DocumentType.DepositInvoice or DocumentType.CreditNote ? issueDate : null;

    /// <summary>Decisions copied from earlier documents, by line id (credit notes, deposit deductions).</summary>
    /// <param name="document">Draft.</param>
    /// <returns>Line id → decision.</returns>
    public static IReadOnlyDictionary<string, TaxDecision> FixedDecisions(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Lines.Select(l => (Id: l.Position.ToString(System.Globalization.CultureInfo.InvariantCulture), Decision: l.FixedDecision()))
            .Where(x => x.Decision is not null)
            .ToDictionary(x => x.Id, x => x.Decision!, StringComparer.Ordinal);
    }

    /// <summary>The company as a seller party (identity, identifiers, VAT number, bank account).</summary>
    /// <param name="company">The company.</param>
    /// <returns>The party.</returns>
    public static Party Seller(Company company)
    {
        ArgumentNullException.ThrowIfNull(company);
        var identifiers = new List<PartyIdentifier>();
        if (company.Siren is not null)
            identifiers.Add(new PartyIdentifier(company.Siren, PartyIdentifier.SirenScheme));
        if (company.Siret is not null)
            identifiers.Add(new PartyIdentifier(company.Siret, PartyIdentifier.SiretScheme));
        return new Party(company.LegalName, PartyKind.Business, Postal(company.Address))
        {
            LegalForm = company.LegalForm,
            ShareCapital = company.ShareCapital is { } capital ? new Sdk.Common.Money(capital, new CurrencyCode(company.AccountingCurrency)) : null,
            RegistrationCity = company.RcsCity,
            Identifiers = identifiers,
            VatNumber = company.VatNumber,
            TaxRegistrationId = company.TaxRegistrationId,
            ElectronicAddress = DirectoryAddress.Of(company.ElectronicAddress, company.ElectronicAddressScheme, company.Siren),
            Contact = company.Email is null ? null : new Contact(null, company.Email, null),
            BankAccount = company.Iban is { } iban ? new BankAccount(iban, company.Bic) : null,
        };
    }

    private static Party Buyer(Customer customer)
    {
        var identifiers = new List<PartyIdentifier>();
        if (customer.Siren is not null)
            identifiers.Add(new PartyIdentifier(customer.Siren, PartyIdentifier.SirenScheme));
        if (customer.Siret is not null)
            identifiers.Add(new PartyIdentifier(customer.Siret, PartyIdentifier.SiretScheme));
        var kind = customer.Kind switch
        {
            CustomerKind.PublicBody => PartyKind.PublicBody,
            CustomerKind.Consumer => PartyKind.Consumer,
            _ => PartyKind.Business,
        };
        return new Party(customer.Name, kind, Postal(customer.BillingAddress))
        {
            Identifiers = identifiers,
            VatNumber = customer.VatNumber,
            ElectronicAddress = DirectoryAddress.Of(customer.ElectronicAddress, customer.ElectronicAddressScheme, customer.Siren),
            Contact = customer.Email is null ? null : new Contact(null, customer.Email, null),
        };
    }

    private static PostalAddress Postal(Address address) =>
        new(new[] { address.Line1, address.Line2, address.Line3 }.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!).ToList(),
            address.PostCode, address.City, new CountryCode(address.Country));
}
