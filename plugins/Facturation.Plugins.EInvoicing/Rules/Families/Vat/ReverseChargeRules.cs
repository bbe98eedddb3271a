using Facturation.Sdk.Common;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.EInvoicing.Rules.Families.Vat;

/// <summary>
/// EN 16931 rules BR-AE-01 to BR-AE-10 (VAT category AE, VAT reverse charge). Texts from ConnectingEurope/eInvoicing-EN16931,
/// cii/schematron/abstract/EN16931-CII-model.sch; conditions from cii/schematron/CII/EN16931-CII-model.sch.
/// </summary>
internal static class ReverseChargeRules
{
    public static VatCategoryRuleSet Rules { get; } = new(VatCategory.ReverseCharge, "BR-AE", "Reverse charge")
    {
        ExactlyOneBreakdown = true,
        PresenceRule = "An Invoice that contains an Invoice line (BG-25), a Document level allowance (BG-20) or a Document level charge (BG-21) where the VAT category code (BT-151, BT-95 or BT-102) is \"Reverse charge\" shall contain in the VAT breakdown (BG-23) exactly one VAT category code (BT-118) equal with \"VAT reverse charge\".",
        IdentifierDemand = VatIdentifierDemands.SellerAndBuyerVatOrLegal,
        IdentifiersHold = VatIdentifierDemands.HasSellerVatAndBuyerVatOrLegal,
        LineRateDemand = "shall be 0 (zero)",
        LineRateHolds = static rate => rate == 0m,
        AllowanceChargeRateDemand = "shall be 0 (zero)",
        AllowanceChargeRateHolds = static rate => rate == 0m,
        TaxableAmount = TaxableAmountCheck.WithinOneUnit,
        TaxableAmountRule = "In a VAT breakdown (BG-23) where the VAT category code (BT-118) is \"Reverse charge\" the VAT category taxable amount (BT-116) shall equal the sum of Invoice line net amounts (BT-131) minus the sum of Document level allowance amounts (BT-92) plus the sum of Document level charge amounts (BT-99) where the VAT category codes (BT-151, BT-95, BT-102) are \"Reverse charge\".",
        ZeroTaxRule = "The VAT category tax amount (BT-117) in a VAT breakdown (BG-23) where the VAT category code (BT-118) is \"Reverse charge\" shall be 0 (zero).",
        ExemptionRequired = true,
        ExemptionRule = "A VAT Breakdown (BG-23) with VAT Category code (BT-118) \"Reverse charge\" shall have a VAT exemption reason code (BT-121), meaning \"Reverse charge\" or the VAT exemption reason text (BT-120) \"Reverse charge\" (or the equivalent standard text in another language).",
    };

    public static void Check(InvoiceUnderCheck invoice, ICollection<Problem> problems) => VatCategoryChecks.Run(invoice, Rules, problems);
}
