using Facturation.Sdk.Common;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.EInvoicing.Rules.Families.Vat;

/// <summary>
/// EN 16931 rules BR-IC-01 to BR-IC-12 (VAT category K, intra-community supply). Texts from ConnectingEurope/eInvoicing-EN16931,
/// cii/schematron/abstract/EN16931-CII-model.sch; conditions from cii/schematron/CII/EN16931-CII-model.sch.
/// </summary>
internal static class IntraCommunitySupplyRules
{
    public static VatCategoryRuleSet Rules { get; } = new(VatCategory.IntraCommunitySupply, "BR-IC", "Intra-community supply")
    {
        ExactlyOneBreakdown = true,
        PresenceRule = "An Invoice that contains an Invoice line (BG-25), a Document level allowance (BG-20) or a Document level charge (BG-21) where the VAT category code (BT-151, BT-95 or BT-102) is \"Intra-community supply\" shall contain in the VAT breakdown (BG-23) exactly one VAT category code (BT-118) equal with \"Intra-community supply\".",
        IdentifierDemand = VatIdentifierDemands.SellerAndBuyerVat,
        IdentifiersHold = VatIdentifierDemands.HasSellerAndBuyerVat,
        LineRateDemand = "shall be 0 (zero)",
        LineRateHolds = static rate => rate == 0m,
        AllowanceChargeRateDemand = "shall be 0 (zero)",
        AllowanceChargeRateHolds = static rate => rate == 0m,
        TaxableAmount = TaxableAmountCheck.WithinOneUnit,
        TaxableAmountRule = "In a VAT breakdown (BG-23) where the VAT category code (BT-118) is \"Intra-community supply\" the VAT category taxable amount (BT-116) shall equal the sum of Invoice line net amounts (BT-131) minus the sum of Document level allowance amounts (BT-92) plus the sum of Document level charge amounts (BT-99) where the VAT category codes (BT-151, BT-95, BT-102) are \"Intra-community supply\".",
        ZeroTaxRule = "The VAT category tax amount (BT-117) in a VAT breakdown (BG-23) where the VAT category code (BT-118) is \"Intra-community supply\" shall be 0 (zero).",
        ExemptionRequired = true,
        ExemptionRule = "A VAT Breakdown (BG-23) with the VAT Category code (BT-118) \"Intra-community supply\" shall have a VAT exemption reason code (BT-121), meaning \"Intra-community supply\" or the VAT exemption reason text (BT-120) \"Intra-community supply\" (or the equivalent standard text in another language).",
    };

    public static void Check(InvoiceUnderCheck invoice, ICollection<Problem> problems)
    {
        VatCategoryChecks.Run(invoice, Rules, problems);
        foreach (var (_, index) in invoice.BreakdownIn(VatCategory.IntraCommunitySupply))
        {
            // BT-72 is the document's delivery date, BG-14 its invoicing period.
            if (invoice.Document.DeliveryDate is null && invoice.Document.InvoicingPeriod is null)
            {
                problems.Add(Violation.Of("BR-IC-11", "In an Invoice with a VAT breakdown (BG-23) where the VAT category code (BT-118) is \"Intra-community supply\" the Actual delivery date (BT-72) or the Invoicing period (BG-14) shall not be blank.",
                    "DeliveryDate", "breakdown row " + InvoiceUnderCheck.BreakdownField(index)));
            }
            if (InvoiceUnderCheck.Blank(invoice.Document.DeliveryAddress?.Country.Value) is null)
            {
                problems.Add(Violation.Of("BR-IC-12", "In an Invoice with a VAT breakdown (BG-23) where the VAT category code (BT-118) is \"Intra-community supply\" the Deliver to country code (BT-80) shall not be blank.",
                    "DeliveryAddress.Country", "breakdown row " + InvoiceUnderCheck.BreakdownField(index)));
            }
        }
    }
}
