using Facturation.Plugins.EInvoicing.Rules.CodeLists;
using Facturation.Sdk.Common;

namespace Facturation.Plugins.EInvoicing.Rules.Families;

/// <summary>
/// EN 16931 core rules on the seller, the buyer and the deliver-to address: BR-06 to BR-11, BR-57, BR-62, BR-63,
/// BR-CO-09 and BR-CO-26. Texts from ConnectingEurope/eInvoicing-EN16931, cii/schematron/abstract/EN16931-CII-model.sch.
/// </summary>
internal static class PartyRules
{
    public static void Check(InvoiceUnderCheck invoice, ICollection<Problem> problems)
    {
        var seller = invoice.Document.Seller;
        var buyer = invoice.Document.Buyer;

        if (InvoiceUnderCheck.Blank(seller.Name) is null)
            problems.Add(Violation.Of("BR-06", "An Invoice shall contain the Seller name (BT-27).", "Seller.Name"));
        if (InvoiceUnderCheck.Blank(buyer.Name) is null)
            problems.Add(Violation.Of("BR-07", "An Invoice shall contain the Buyer name (BT-44).", "Buyer.Name"));

        if (seller.Address is null)
            problems.Add(Violation.Of("BR-08", "An Invoice shall contain the Seller postal address (BG-5).", "Seller.Address"));
        else if (InvoiceUnderCheck.Blank(seller.Address.Country.Value) is null)
            problems.Add(Violation.Of("BR-09", "The Seller postal address (BG-5) shall contain a Seller country code (BT-40).", "Seller.Address.Country"));

        if (buyer.Address is null)
            problems.Add(Violation.Of("BR-10", "An Invoice shall contain the Buyer postal address (BG-8).", "Buyer.Address"));
        else if (InvoiceUnderCheck.Blank(buyer.Address.Country.Value) is null)
            problems.Add(Violation.Of("BR-11", "The Buyer postal address shall contain a Buyer country code (BT-55).", "Buyer.Address.Country"));

        if (invoice.Document.DeliveryAddress is { } delivery && InvoiceUnderCheck.Blank(delivery.Country.Value) is null)
            problems.Add(Violation.Of("BR-57", "Each Deliver to address (BG-15) shall contain a Deliver to country code (BT-80).", "DeliveryAddress.Country"));

        if (seller.ElectronicAddress is { } sellerAddress && InvoiceUnderCheck.Blank(sellerAddress.SchemeId) is null)
            problems.Add(Violation.Of("BR-62", "The Seller electronic address (BT-34) shall have a Scheme identifier.", "Seller.ElectronicAddress.SchemeId"));
        if (buyer.ElectronicAddress is { } buyerAddress && InvoiceUnderCheck.Blank(buyerAddress.SchemeId) is null)
            problems.Add(Violation.Of("BR-63", "The Buyer electronic address (BT-49) shall have a Scheme identifier.", "Buyer.ElectronicAddress.SchemeId"));

        // BR-CO-26: Seller identifier (BT-29), Seller legal registration identifier (BT-30) or Seller VAT identifier (BT-31).
        if (!seller.Identifiers.Any(static i => !string.IsNullOrWhiteSpace(i.Value)) && invoice.SellerVatId is null)
        {
            problems.Add(Violation.Of("BR-CO-26",
                "In order for the buyer to automatically identify a supplier, the Seller identifier (BT-29), the Seller legal registration identifier (BT-30) and/or the Seller VAT identifier (BT-31) shall be present.",
                "Seller.Identifiers"));
        }

        CheckVatPrefix(invoice.SellerVatId, "Seller.VatNumber", problems);
        CheckVatPrefix(invoice.BuyerVatId, "Buyer.VatNumber", problems);
    }

    private static void CheckVatPrefix(string? vatId, string field, ICollection<Problem> problems)
    {
        if (vatId is null)
            return;
        var prefix = vatId.Length >= 2 ? vatId[..2] : vatId;
        if (!En16931CodeLists.VatIdentifierPrefixes.Contains(prefix))
        {
            problems.Add(Violation.Of("BR-CO-09",
                "The Seller VAT identifier (BT-31), the Seller tax representative VAT identifier (BT-63) and the Buyer VAT identifier (BT-48) shall have a prefix in accordance with ISO code ISO 3166-1 alpha-2 by which the country of issue may be identified. Nevertheless, Greece may use the prefix 'EL'.",
                field, Violation.Show(vatId)));
        }
    }
}
