using Facturation.Application.Issuing;
using Facturation.Domain.Parties;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;
using Facturation.Sdk.Templates;

namespace Facturation.Application.Templates;

/// <summary>
/// The document a template preview is filled with when no real one is named: the company as seller, a sample
/// customer, three lines at two VAT rates (20 % and 5.5 %).
/// </summary>
internal static class SampleDocument
{
    /// <summary>The sample snapshot.</summary>
    /// <param name="company">Seller.</param>
    /// <param name="layout">Layout previewed (chooses the document type).</param>
    /// <param name="issueDate">Issue date.</param>
    /// <returns>The snapshot.</returns>
    public static DocumentSnapshot For(Company company, string layout, DateOnly issueDate)
    {
        var currency = new CurrencyCode(company.AccountingCurrency);
        Money Amount(decimal value) => new(value, currency);
        var standard = new TaxDecision(VatCategory.StandardRate, 20m);
        var reduced = new TaxDecision(VatCategory.StandardRate, 5.5m);
        DocumentLine[] lines =
        [
            new("1", "Conseil en organisation (exemple)", 2m, new UnitCode("HUR"), 100m, LineNature.Service, TaxClass.Standard),
            new("2", "Développement sur mesure (exemple)", 3m, new UnitCode("DAY"), 150m, LineNature.Service, TaxClass.Standard),
            new("3", "Guide pratique (exemple)", 4m, new UnitCode("C62"), 12.5m, LineNature.Goods, TaxClass.Reduced),
        ];
        var buyer = new Party("Client Exemple SARL", PartyKind.Business,
            new PostalAddress(["1 place de l'Exemple"], "69001", "Lyon", new CountryCode("FR")))
        {
            Contact = new Contact(null, "compta@client.example", null),
        };
        var document = new BusinessDocument(TypeOf(layout), issueDate, currency, SnapshotFactory.Seller(company), buyer, lines)
        {
            Number = "EXEMPLE-0001",
            PaymentTerms = new PaymentTerms(issueDate.AddDays(company.PaymentTermsDays), null),
        };
        PricedLine[] priced =
        [
            new(lines[0], Amount(200m), standard),
            new(lines[1], Amount(450m), standard),
            new(lines[2], Amount(50m), reduced),
        ];
        TaxSubtotal[] breakdown =
        [
            new(VatCategory.StandardRate, 20m, Amount(650m), Amount(130m)),
            new(VatCategory.StandardRate, 5.5m, Amount(50m), Amount(2.75m)),
        ];
        var totals = new DocumentTotals(Amount(700m), Amount(0m), Amount(0m), Amount(700m), Amount(132.75m), Amount(832.75m), Amount(0m), Amount(832.75m));
        return new DocumentSnapshot(document, priced, [], breakdown, totals, []);
    }

    private static DocumentType TypeOf(string layout) => layout switch
    {
        LayoutNames.CreditNote => DocumentType.CreditNote,
        LayoutNames.DepositInvoice => DocumentType.DepositInvoice,
        LayoutNames.Quote => DocumentType.Quote,
        LayoutNames.DeliveryNote => DocumentType.DeliveryNote,
        _ => DocumentType.Invoice,
    };
}
