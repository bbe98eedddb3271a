namespace Facturation.Plugins.EInvoicing.Rules.Families.Vat;

/// <summary>
/// The identifier demands of the category rules -02/-03/-04, with their published wording. The seller tax
/// representative (BG-11) is not used by the product, so the seller side reduces to the Seller VAT identifier (BT-31),
/// or the seller tax registration identifier (BT-32) where the rule accepts it (as the official CII binding does:
/// <c>SpecifiedTaxRegistration/ID[@schemeID = ('VA', 'FC')]</c>).
/// </summary>
internal static class VatIdentifierDemands
{
    public const string SellerVatOrTaxRegistration =
        "shall contain the Seller VAT Identifier (BT-31), the Seller tax registration identifier (BT-32) and/or the Seller tax representative VAT identifier (BT-63)";

    public const string SellerVatOnly =
        "shall contain the Seller VAT Identifier (BT-31) or the Seller tax representative VAT identifier (BT-63)";

    public const string SellerAndBuyerVatOrLegal =
        "shall contain the Seller VAT Identifier (BT-31), the Seller tax registration identifier (BT-32) and/or the Seller tax representative VAT identifier (BT-63) and the Buyer VAT identifier (BT-48) and/or the Buyer legal registration identifier (BT-47)";

    public const string SellerAndBuyerVat =
        "shall contain the Seller VAT Identifier (BT-31) or the Seller tax representative VAT identifier (BT-63) and the Buyer VAT identifier (BT-48)";

    public const string NoVatIdentifiers =
        "shall not contain the Seller VAT identifier (BT-31), the Seller tax representative VAT identifier (BT-63) or the Buyer VAT identifier (BT-48)";

    public static bool HasSellerVat(InvoiceUnderCheck invoice) => invoice.SellerVatId is not null;

    public static bool HasSellerVatOrTaxRegistration(InvoiceUnderCheck invoice) =>
        invoice.SellerVatId is not null || invoice.SellerTaxRegistrationId is not null;

    public static bool HasSellerVatAndBuyerVatOrLegal(InvoiceUnderCheck invoice) =>
        HasSellerVatOrTaxRegistration(invoice) && (invoice.BuyerVatId is not null || invoice.BuyerLegalRegistrationId is not null);

    public static bool HasSellerAndBuyerVat(InvoiceUnderCheck invoice) =>
        invoice.SellerVatId is not null && invoice.BuyerVatId is not null;

    public static bool HasNoVatIdentifiers(InvoiceUnderCheck invoice) =>
        invoice.SellerVatId is null && invoice.BuyerVatId is null;
}
