using Facturation.Application.Companies;
using Facturation.Application.Customers;
using Facturation.Domain.Parties;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// The parties the benchmark seeds share: a French SAS with the France pack enabled (French VAT, legal numbering,
/// mandatory mentions, an IBAN for the SEPA QR code) and a French business customer, both valid under every rule.
/// </summary>
internal static class FrancePackParties
{
    public static CompanyInput Company(string code, string legalName) => new()
    {
        Code = code,
        LegalName = legalName,
        LegalForm = "SAS",
        ShareCapital = 10_000m,
        Siren = "732829320",
        Siret = "73282932000074",
        RcsCity = "Paris",
        VatNumber = "FR44732829320",
        Address = new Address { Line1 = "12 rue de la Paix", PostCode = "75002", City = "Paris", Country = "FR" },
        Iban = "FR7630006000011234567890189",
        TaxRegimeId = "fr-vat",
        NumberingSchemeId = "fr-numbering",
        DocumentRulesIds = ["fr-mentions"],
    };

    public static CustomerInput Customer(string code) => new()
    {
        Code = code,
        Name = "Client Martin SARL",
        Siren = "552100554",
        BillingAddress = new Address { Line1 = "3 avenue Foch", PostCode = "69006", City = "Lyon", Country = "FR" },
        Email = "compta@martin.example",
    };
}
