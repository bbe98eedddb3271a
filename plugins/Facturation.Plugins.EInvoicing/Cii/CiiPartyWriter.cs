using Facturation.Plugins.EInvoicing.Rules;
using Facturation.Plugins.EInvoicing.Ubl;
using Facturation.Sdk.Common;
using Facturation.Plugins.EInvoicing.Terms;

namespace Facturation.Plugins.EInvoicing.Cii;

/// <summary>Writes a trade party, the seller (BG-4) or the buyer (BG-7), and postal addresses.</summary>
internal static class CiiPartyWriter
{
    /// <summary>Writes <paramref name="party"/> as the element <paramref name="role"/> (<c>SellerTradeParty</c>,
    /// <c>BuyerTradeParty</c>).</summary>
    public static void Write(CiiElementWriter writer, string role, Party party, bool isSeller, bool isBasic)
    {
        writer.Start(role);
        // BT-29 (0..n) / BT-46 (0..1): the identifiers other than the legal registration one (the SIRET, ICD 0009,
        // and the like), as GlobalID with their ISO 6523 scheme, or as ID when they have none. The buyer states one,
        // either as ID or as GlobalID (CII-SR-450).
        var legal = PartyIdentifiers.LegalRegistration(party);
        var others = PartyIdentifiers.Others(party).Where(static i => !string.IsNullOrWhiteSpace(i.Value)).ToList();
        if (!isSeller)
            others = [.. others.Take(1)];
        foreach (var identifier in others.Where(static i => string.IsNullOrWhiteSpace(i.SchemeId)))
            writer.Text("ID", identifier.Value);
        foreach (var identifier in others.Where(static i => !string.IsNullOrWhiteSpace(i.SchemeId)))
            writer.Text("GlobalID", identifier.Value, "schemeID", identifier.SchemeId);
        writer.Text("Name", party.Name);
        // BT-33: the seller's additional legal information (legal form, share capital, register city).
        if (isSeller && !isBasic)
            writer.Text("Description", LegalInformation.Format(party));
        // BT-30 / BT-47 (the SIREN, ICD 0002) and BT-28 / BT-45 (trading name).
        var tradingName = party.TradingName != party.Name ? party.TradingName : null;
        if (legal is not null || !string.IsNullOrWhiteSpace(tradingName))
        {
            writer.Start("SpecifiedLegalOrganization");
            writer.Text("ID", legal?.Value, "schemeID", legal?.SchemeId);
            writer.Text("TradingBusinessName", tradingName);
            writer.End();
        }
        if (!isBasic)
            WriteContact(writer, party.Contact);
        WriteAddress(writer, "PostalTradeAddress", party.Address);
        // BT-34 / BT-49 with its EAS scheme.
        if (party.ElectronicAddress is { } address && !string.IsNullOrWhiteSpace(address.Value))
        {
            writer.Start("URIUniversalCommunication");
            writer.Text("URIID", address.Value, "schemeID", address.SchemeId);
            writer.End();
        }
        // BT-31 / BT-48, then the seller's other tax registration BT-32.
        writer.Identified("SpecifiedTaxRegistration", party.VatNumber, CiiTaxCodes.VatRegistration);
        if (isSeller)
            writer.Identified("SpecifiedTaxRegistration", party.TaxRegistrationId, CiiTaxCodes.FiscalRegistration);
        writer.End();
    }

    /// <summary>Writes a postal address (BG-5, BG-8, BG-15): up to three lines, the extra ones joined to the third.</summary>
    public static void WriteAddress(CiiElementWriter writer, string name, PostalAddress address)
    {
        writer.Start(name);
        writer.Text("PostcodeCode", address.PostCode);
        var lines = address.Lines.Where(static l => !string.IsNullOrWhiteSpace(l)).ToList();
        writer.Text("LineOne", lines.ElementAtOrDefault(0));
        writer.Text("LineTwo", lines.ElementAtOrDefault(1));
        writer.Text("LineThree", lines.Count > 2 ? string.Join(", ", lines.Skip(2)) : null);
        writer.Text("CityName", address.City);
        writer.Text("CountryID", address.Country.Value);
        writer.Text("CountrySubDivisionName", address.Subdivision);
        writer.End();
    }

    private static void WriteContact(CiiElementWriter writer, Contact? contact)
    {
        if (contact is null || (string.IsNullOrWhiteSpace(contact.Name) && string.IsNullOrWhiteSpace(contact.Phone)
            && string.IsNullOrWhiteSpace(contact.Email)))
            return;
        writer.Start("DefinedTradeContact");
        writer.Text("PersonName", contact.Name);
        if (!string.IsNullOrWhiteSpace(contact.Phone))
        {
            writer.Start("TelephoneUniversalCommunication");
            writer.Text("CompleteNumber", contact.Phone);
            writer.End();
        }
        if (!string.IsNullOrWhiteSpace(contact.Email))
        {
            writer.Start("EmailURIUniversalCommunication");
            writer.Text("URIID", contact.Email);
            writer.End();
        }
        writer.End();
    }
}
