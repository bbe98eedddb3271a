using System.Globalization;
using Facturation.Sdk.Common;

namespace Facturation.Rendering.Documents;

/// <summary>Seller and buyer blocks, addresses and the legal footer.</summary>
internal static class DocumentParties
{
    public static PartyView Seller(Party seller, LayoutLanguage language) =>
        new(seller.Name, AddressLines(seller.Address, seller.Address.Country, language), Identifiers(seller, language))
        {
            TradingName = seller.TradingName,
            Email = seller.Contact?.Email,
        };

    /// <summary>The buyer block; its country is printed when it is not the seller's.</summary>
    public static PartyView Buyer(Party buyer, CountryCode sellerCountry, LayoutLanguage language) =>
        new(buyer.Name, AddressLines(buyer.Address, sellerCountry, language), Identifiers(buyer, language))
        {
            Email = buyer.Contact?.Email,
        };

    /// <summary>Street lines, "post code city", and the country's name in the language unless it is <paramref name="home"/>.</summary>
    public static IReadOnlyList<string> AddressLines(PostalAddress address, CountryCode home, LayoutLanguage language)
    {
        var lines = address.Lines.Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        lines.Add($"{address.PostCode} {address.City}".Trim());
        if (address.Country != home)
            lines.Add(CountryName(address.Country, language));
        return lines;
    }

    /// <summary>"Atelier Dupont SAS au capital de 10 000,00 € · RCS Paris · SIREN 732 829 320 · N° TVA FR44732829320".</summary>
    public static string LegalFooter(Party seller, DocumentFormats format, LayoutLanguage language)
    {
        var parts = new List<string>();
        var name = seller.LegalForm is { Length: > 0 } form && !seller.Name.Contains(form, StringComparison.OrdinalIgnoreCase)
            ? $"{seller.Name} {form}" : seller.Name;
        parts.Add(seller.ShareCapital is { } capital ? $"{name} {language.Word("id.capital")} {format.Money(capital)}" : name);
        if (seller.RegistrationCity is { Length: > 0 } city)
            parts.Add($"{language.Word("id.rcs")} {city}");
        parts.AddRange(Identifiers(seller, language).Select(i => $"{i.Label} {i.Value}"));
        return string.Join(" · ", parts);
    }

    private static List<LabelledValue> Identifiers(Party party, LayoutLanguage language)
    {
        var identifiers = new List<LabelledValue>();
        if (party.IdentifierOf(PartyIdentifier.SirenScheme) is { } siren)
            identifiers.Add(new(language.Word("id.siren"), siren));
        else if (party.IdentifierOf(PartyIdentifier.SiretScheme) is { } siret)
            identifiers.Add(new(language.Word("id.siret"), siret));
        if (party.VatNumber is { Length: > 0 } vat)
            identifiers.Add(new(language.Word("id.vat"), vat));
        return identifiers;
    }

    private static string CountryName(CountryCode country, LayoutLanguage language)
    {
        try
        {
            var region = new RegionInfo(country.Value);
            // RegionInfo names follow the current UI culture; the culture-neutral English name is the safe choice for English.
            return language.Code == "en" ? region.EnglishName : CultureNames.French(country.Value) ?? region.EnglishName;
        }
        catch (ArgumentException)
        {
            return country.Value;
        }
    }
}
