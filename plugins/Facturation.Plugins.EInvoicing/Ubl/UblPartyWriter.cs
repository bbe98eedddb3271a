using Facturation.Plugins.EInvoicing.Rules;
using Facturation.Sdk.Common;
using Facturation.Plugins.EInvoicing.Terms;

namespace Facturation.Plugins.EInvoicing.Ubl;

/// <summary>Writes the seller (BG-4) and the buyer (BG-7) as <c>cac:AccountingSupplierParty</c> /
/// <c>cac:AccountingCustomerParty</c>.</summary>
internal static class UblPartyWriter
{
    /// <summary>Writes <paramref name="party"/> under the role element <paramref name="role"/>.</summary>
    public static void Write(UblElementWriter writer, string role, Party party, bool isSeller)
    {
        writer.Start(role);
        writer.Start("Party");
        // BT-34 / BT-49 with its EAS scheme.
        writer.Basic("EndpointID", party.ElectronicAddress?.Value, "schemeID", party.ElectronicAddress?.SchemeId);
        // BT-29 / BT-46: the SIRET (ICD 0009) only; other identifiers go to the legal registration (BT-30 / BT-47).
        var siret = party.IdentifierOf(PartyIdentifier.SiretScheme);
        if (siret is not null)
        {
            writer.Start("PartyIdentification");
            writer.Basic("ID", siret, "schemeID", PartyIdentifier.SiretScheme);
            writer.End();
        }
        // BT-28 / BT-45 only when it differs from the legal name (UBL-SR-19).
        if (!string.IsNullOrWhiteSpace(party.TradingName) && party.TradingName != party.Name)
        {
            writer.Start("PartyName");
            writer.Basic("Name", party.TradingName);
            writer.End();
        }
        writer.Address("PostalAddress", party.Address);
        WriteTaxScheme(writer, party.VatNumber, UblTaxSchemes.Vat);
        // BT-32: the seller's tax registration other than VAT, under any scheme but VAT (UBL-SR-13: at most once).
        if (isSeller)
            WriteTaxScheme(writer, party.TaxRegistrationId, UblTaxSchemes.FiscalNumber);
        writer.Start("PartyLegalEntity");
        writer.Basic("RegistrationName", party.Name);
        var legal = PartyIdentifiers.LegalRegistration(party);
        writer.Basic("CompanyID", legal?.Value, "schemeID", legal?.SchemeId);
        // BT-33 exists for the seller only (UBL-CR-244 forbids it for the buyer).
        if (isSeller)
            writer.Basic("CompanyLegalForm", LegalInformation.Format(party));
        writer.End();
        WriteContact(writer, party.Contact);
        writer.End();
        writer.End();
    }

    private static void WriteTaxScheme(UblElementWriter writer, string? companyId, string scheme)
    {
        if (string.IsNullOrWhiteSpace(companyId))
            return;
        writer.Start("PartyTaxScheme");
        writer.Basic("CompanyID", companyId);
        writer.Start("TaxScheme");
        writer.Basic("ID", scheme);
        writer.End();
        writer.End();
    }

    private static void WriteContact(UblElementWriter writer, Contact? contact)
    {
        if (contact is null || (string.IsNullOrWhiteSpace(contact.Name) && string.IsNullOrWhiteSpace(contact.Phone)
            && string.IsNullOrWhiteSpace(contact.Email)))
            return;
        writer.Start("Contact");
        writer.Basic("Name", contact.Name);
        writer.Basic("Telephone", contact.Phone);
        writer.Basic("ElectronicMail", contact.Email);
        writer.End();
    }
}
