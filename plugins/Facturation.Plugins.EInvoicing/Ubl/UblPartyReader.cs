using Facturation.Sdk.Common;
using Facturation.Plugins.EInvoicing.Terms;

namespace Facturation.Plugins.EInvoicing.Ubl;

/// <summary>Reads a received seller (BG-4) or buyer (BG-7) party.</summary>
internal static class UblPartyReader
{
    /// <summary>The party under <paramref name="role"/> (e.g. <c>cac:AccountingSupplierParty</c>), or
    /// <see langword="null"/> (reported) when it is missing or has no country.</summary>
    public static Party? Read(UblNode root, string role, string term)
    {
        var party = root.Child($"{role}/cac:Party");
        if (party is null)
        {
            root.Report("einvoice.missing-value", $"The {term} is missing.", role);
            return null;
        }
        var legalName = party.Text("cac:PartyLegalEntity/cbc:RegistrationName");
        var tradingName = party.Text("cac:PartyName/cbc:Name");
        var name = legalName ?? tradingName;
        if (name is null)
            party.Report("einvoice.missing-value", $"The {term}'s name is missing.", "cac:PartyLegalEntity/cbc:RegistrationName");
        var address = ReadAddress(party.Child("cac:PostalAddress"), party, "cac:PostalAddress");
        if (address is null)
            return null;
        var result = new Party(name ?? string.Empty, PartyKind.Business, address)
        {
            TradingName = legalName is not null && tradingName != legalName ? tradingName : null,
            Identifiers = ReadIdentifiers(party),
            VatNumber = party.Children("cac:PartyTaxScheme")
                .FirstOrDefault(static s => string.Equals(s.Text("cac:TaxScheme/cbc:ID"), UblTaxSchemes.Vat, StringComparison.OrdinalIgnoreCase))
                ?.Text("cbc:CompanyID"),
            // BT-32: a registration under any other scheme.
            TaxRegistrationId = party.Children("cac:PartyTaxScheme")
                .FirstOrDefault(static s => !string.Equals(s.Text("cac:TaxScheme/cbc:ID"), UblTaxSchemes.Vat, StringComparison.OrdinalIgnoreCase))
                ?.Text("cbc:CompanyID"),
            ElectronicAddress = ReadEndpoint(party),
            Contact = ReadContact(party.Child("cac:Contact")),
        };
        return LegalInformation.Apply(result, party.Text("cac:PartyLegalEntity/cbc:CompanyLegalForm"));
    }

    /// <summary>A postal address; <see langword="null"/> (reported) when absent or without a valid country code.</summary>
    public static PostalAddress? ReadAddress(UblNode? address, UblNode parent, string name)
    {
        if (address is null)
        {
            parent.Report("einvoice.missing-value", "The postal address is missing.", name);
            return null;
        }
        var country = address.Text("cac:Country/cbc:IdentificationCode");
        if (country is not { Length: 2 } || !country.All(static c => c is >= 'A' and <= 'Z'))
        {
            address.Report("einvoice.invalid-code", $"'{country}' is not an ISO 3166-1 alpha-2 country code.", "cac:Country/cbc:IdentificationCode");
            return null;
        }
        var lines = new List<string>();
        foreach (var line in new[] { address.Text("cbc:StreetName"), address.Text("cbc:AdditionalStreetName") }
            .Concat(address.Children("cac:AddressLine/cbc:Line").Select(static l => l.Value)))
        {
            if (line is not null)
                lines.Add(line);
        }
        return new PostalAddress(lines, address.Text("cbc:PostalZone") ?? string.Empty, address.Text("cbc:CityName") ?? string.Empty, new CountryCode(country))
        {
            Subdivision = address.Text("cbc:CountrySubentity"),
        };
    }

    private static List<PartyIdentifier> ReadIdentifiers(UblNode party)
    {
        var identifiers = new List<PartyIdentifier>();
        foreach (var identification in party.Children("cac:PartyIdentification"))
        {
            var scheme = identification.Attribute("cbc:ID", "schemeID");
            // The SEPA creditor identifier (BT-90) is not an identifier of the party.
            if (identification.Text("cbc:ID") is { } value && !string.Equals(scheme, "SEPA", StringComparison.OrdinalIgnoreCase))
                identifiers.Add(new PartyIdentifier(value, scheme));
        }
        if (party.Text("cac:PartyLegalEntity/cbc:CompanyID") is { } legal)
            identifiers.Add(new PartyIdentifier(legal, party.Attribute("cac:PartyLegalEntity/cbc:CompanyID", "schemeID")));
        return identifiers;
    }

    private static ElectronicAddress? ReadEndpoint(UblNode party)
    {
        if (party.Text("cbc:EndpointID") is not { } value)
            return null;
        var scheme = party.Attribute("cbc:EndpointID", "schemeID");
        if (scheme is null)
            party.Report("einvoice.missing-value", "The electronic address has no scheme identifier (schemeID; BR-62, BR-63).", "cbc:EndpointID");
        return new ElectronicAddress(value, scheme ?? string.Empty);
    }

    private static Contact? ReadContact(UblNode? contact)
    {
        if (contact is null)
            return null;
        var name = contact.Text("cbc:Name");
        var phone = contact.Text("cbc:Telephone");
        var email = contact.Text("cbc:ElectronicMail");
        return name is null && phone is null && email is null ? null : new Contact(name, email, phone);
    }
}
