using Facturation.Plugins.EInvoicing.Ubl;
using Facturation.Sdk.Common;
using Facturation.Plugins.EInvoicing.Terms;

namespace Facturation.Plugins.EInvoicing.Cii;

/// <summary>Reads a trade party (seller BG-4, buyer BG-7) and postal addresses.</summary>
internal static class CiiPartyReader
{
    /// <summary>The party at <paramref name="node"/>; an empty party when the node is missing (the caller reports it).</summary>
    public static Party Read(CiiNode? node, string term)
    {
        if (node is null)
            return new Party(string.Empty, PartyKind.Business, new PostalAddress([], string.Empty, string.Empty, CountryCode.France));
        var identifiers = new List<PartyIdentifier>();
        // BT-30 / BT-47 first, so that the legal registration identifier is found first again when written.
        if (node.Text("ram:SpecifiedLegalOrganization/ram:ID") is { } legal)
            identifiers.Add(new PartyIdentifier(legal, node.Attribute("ram:SpecifiedLegalOrganization/ram:ID", "schemeID")));
        foreach (var id in node.Children("ram:ID"))
        {
            if (id.Text(".") is { } value)
                identifiers.Add(new PartyIdentifier(value));
        }
        foreach (var id in node.Children("ram:GlobalID"))
        {
            if (id.Text(".") is { } value)
                identifiers.Add(new PartyIdentifier(value, id.Attribute(".", "schemeID")));
        }
        var address = node.Child("ram:PostalTradeAddress");
        if (address is null)
            node.Missing("ram:PostalTradeAddress", $"The {term} postal address (BG-5, BG-8)");
        var party = new Party(node.RequiredText("ram:Name", $"The {term} name (BT-27, BT-44)"), PartyKind.Business,
            address is null ? new PostalAddress([], string.Empty, string.Empty, CountryCode.France) : ReadAddress(address))
        {
            TradingName = node.Text("ram:SpecifiedLegalOrganization/ram:TradingBusinessName"),
            Identifiers = identifiers,
            VatNumber = node.Text("ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']"),
            TaxRegistrationId = node.Text("ram:SpecifiedTaxRegistration/ram:ID[@schemeID='FC']"),
            ElectronicAddress = node.Text("ram:URIUniversalCommunication/ram:URIID") is { } uri
                ? new ElectronicAddress(uri, node.Attribute("ram:URIUniversalCommunication/ram:URIID", "schemeID") ?? string.Empty)
                : null,
            Contact = ReadContact(node.Child("ram:DefinedTradeContact")),
        };
        // BT-33: legal form, share capital and register city, written as the UBL side writes them.
        return LegalInformation.Apply(party, node.Text("ram:Description"));
    }

    /// <summary>The postal address at <paramref name="node"/> (BG-5, BG-8, BG-15).</summary>
    public static PostalAddress ReadAddress(CiiNode node)
    {
        var lines = new[] { node.Text("ram:LineOne"), node.Text("ram:LineTwo"), node.Text("ram:LineThree") }
            .Where(static l => l is not null)
            .Select(static l => l!)
            .ToList();
        return new PostalAddress(lines, node.Text("ram:PostcodeCode") ?? string.Empty, node.Text("ram:CityName") ?? string.Empty, Country(node))
        {
            Subdivision = node.Text("ram:CountrySubDivisionName"),
        };
    }

    private static CountryCode Country(CiiNode address)
    {
        var code = address.Text("ram:CountryID");
        if (code is { Length: 2 } && code.All(static c => c is >= 'A' and <= 'Z'))
            return new CountryCode(code);
        if (code is null)
            address.Missing("ram:CountryID", "The country code (BT-40, BT-55, BT-80)");
        else
            address.Report("einvoice.bad-code", $"'{code}' is not an ISO 3166-1 alpha-2 country code.", "ram:CountryID");
        return CountryCode.France;
    }

    private static Contact? ReadContact(CiiNode? node)
    {
        if (node is null)
            return null;
        var contact = new Contact(
            node.Text("ram:PersonName") ?? node.Text("ram:DepartmentName"),
            node.Text("ram:EmailURIUniversalCommunication/ram:URIID"),
            node.Text("ram:TelephoneUniversalCommunication/ram:CompleteNumber"));
        return contact.Name is null && contact.Email is null && contact.Phone is null ? null : contact;
    }
}
