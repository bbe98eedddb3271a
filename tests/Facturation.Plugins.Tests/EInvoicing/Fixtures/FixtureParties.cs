using Facturation.Sdk.Common;

namespace Facturation.Plugins.Tests.EInvoicing.Fixtures;

/// <summary>
/// The parties of the e-invoice fixtures. Identifiers are well-formed: SIREN and SIRET pass the Luhn check, French
/// VAT keys are (12 + 3 × (SIREN mod 97)) mod 97, the Belgian number's last two digits are 97 − (first 8 mod 97), the
/// IBANs pass the ISO 13616 check.
/// </summary>
internal static class FixtureParties
{
    /// <summary>French SAS seller with SIREN, SIRET, VAT number, bank account and a SIREN electronic address.</summary>
    public static Party Seller { get; } = new("Atelier Numérique SAS", PartyKind.Business,
        new PostalAddress(["12 rue des Tanneurs", "Bâtiment B"], "69002", "Lyon", CountryCode.France))
    {
        TradingName = "Atelier Numérique",
        LegalForm = "SAS",
        ShareCapital = new Money(10000m, CurrencyCode.Eur),
        RegistrationCity = "Lyon",
        Identifiers = [new PartyIdentifier("832457816", PartyIdentifier.SirenScheme), new PartyIdentifier("83245781600029", PartyIdentifier.SiretScheme)],
        VatNumber = "FR14832457816",
        ElectronicAddress = new ElectronicAddress("832457816", "0225"),
        Contact = new Contact("Claire Martin", "facturation@atelier-numerique.example", "+33 4 72 00 00 00"),
        BankAccount = new BankAccount("FR7630004000031234567890143", "BNPAFRPPXXX", "Atelier Numérique SAS"),
    };

    /// <summary>Sole trader under the VAT franchise (art. 293 B du CGI).</summary>
    public static Party FranchiseSeller { get; } = new("Julie Bernard", PartyKind.Business,
        new PostalAddress(["5 impasse des Lilas"], "33000", "Bordeaux", CountryCode.France))
    {
        TradingName = "Julie Bernard Graphisme",
        LegalForm = "EI",
        Identifiers = [new PartyIdentifier("901273466", PartyIdentifier.SirenScheme), new PartyIdentifier("90127346600010", PartyIdentifier.SiretScheme)],
        VatNumber = "FR21901273466",
        ElectronicAddress = new ElectronicAddress("901273466", "0225"),
        Contact = new Contact("Julie Bernard", "contact@jb-graphisme.example", null),
        BankAccount = new BankAccount("FR1420041010050500013M02606", "PSSTFRPPXXX", "Julie Bernard"),
    };

    /// <summary>French business buyer with SIREN, SIRET and VAT number.</summary>
    public static Party FrenchBuyer { get; } = new("Boulangerie Durand SARL", PartyKind.Business,
        new PostalAddress(["48 avenue Jean Jaurès"], "69007", "Lyon", CountryCode.France))
    {
        Identifiers = [new PartyIdentifier("512349879", PartyIdentifier.SirenScheme), new PartyIdentifier("51234987900019", PartyIdentifier.SiretScheme)],
        VatNumber = "FR65512349879",
        ElectronicAddress = new ElectronicAddress("512349879", "0225"),
        Contact = new Contact("Marc Durand", "compta@boulangerie-durand.example", "+33 4 78 00 00 00"),
    };

    /// <summary>Belgian business buyer with a BE VAT number and its enterprise number (ISO 6523 0208).</summary>
    public static Party BelgianBuyer { get; } = new("Brouwerij Van Dijk BV", PartyKind.Business,
        new PostalAddress(["Kortrijksesteenweg 118"], "9000", "Gent", new CountryCode("BE")))
    {
        Identifiers = [new PartyIdentifier("0417852343", "0208")],
        VatNumber = "BE0417852343",
        ElectronicAddress = new ElectronicAddress("0417852343", "0208"),
    };

    /// <summary>US customer: no VAT number, an e-mail electronic address.</summary>
    public static Party AmericanBuyer { get; } = new("Hudson Analytics Inc.", PartyKind.Business,
        new PostalAddress(["350 Fifth Avenue", "Suite 4200"], "10118", "New York", new CountryCode("US")) { Subdivision = "NY" })
    {
        ElectronicAddress = new ElectronicAddress("ap@hudson-analytics.example", "EM"),
        Contact = new Contact("Accounts Payable", "ap@hudson-analytics.example", null),
    };
}
