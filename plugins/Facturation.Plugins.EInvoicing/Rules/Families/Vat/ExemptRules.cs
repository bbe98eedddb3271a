using Facturation.Sdk.Common;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.EInvoicing.Rules.Families.Vat;

/// <summary>
/// EN 16931 rules BR-E-01 to BR-E-10 (VAT category E, exempt from VAT, also the French franchise en base). Texts from ConnectingEurope/eInvoicing-EN16931,
/// cii/schematron/abstract/EN16931-CII-model.sch; conditions from cii/schematron/CII/EN16931-CII-model.sch.
/// </summary>
internal static class ExemptRules
{
    public static VatCategoryRuleSet Rules { get; } = new(VatCategory.Exempt, "BR-E", "Exempt from VAT")
    {
        ExactlyOneBreakdown = true,
        PresenceRule = "An Invoice that contains an Invoice line (BG-25), a Document level allowance (BG-20) or a Document level charge (BG-21) where the VAT category code (BT-151, BT-95 or BT-102) is \"Exempt from VAT\" shall contain exactly one VAT breakdown (BG-23) with the VAT category code (BT-118) equal to \"Exempt from VAT\".",
        IdentifierDemand = VatIdentifierDemands.SellerVatOrTaxRegistration,
        IdentifiersHold = VatIdentifierDemands.HasSellerVatOrTaxRegistration,
        LineRateDemand = "shall be 0 (zero)",
        LineRateHolds = static rate => rate == 0m,
        AllowanceChargeRateDemand = "shall be 0 (zero)",
        AllowanceChargeRateHolds = static rate => rate == 0m,
        TaxableAmount = TaxableAmountCheck.WithinOneUnit,
        TaxableAmountRule = "In a VAT breakdown (BG-23) where the VAT category code (BT-118) is \"Exempt from VAT\" the VAT category taxable amount (BT-116) shall equal the sum of Invoice line net amounts (BT-131) minus the sum of Document level allowance amounts (BT-92) plus the sum of Document level charge amounts (BT-99) where the VAT category codes (BT-151, BT-95, BT-102) are \"Exempt from VAT\".",
        ZeroTaxRule = "The VAT category tax amount (BT-117) In a VAT breakdown (BG-23) where the VAT category code (BT-118) equals \"Exempt from VAT\" shall equal 0 (zero).",
        ExemptionRequired = true,
        ExemptionRule = "A VAT Breakdown (BG-23) with VAT Category code (BT-118) \"Exempt from VAT\" shall have a VAT exemption reason code (BT-121) or a VAT exemption reason text (BT-120).",
    };

    public static void Check(InvoiceUnderCheck invoice, ICollection<Problem> problems) => VatCategoryChecks.Run(invoice, Rules, problems);
}
