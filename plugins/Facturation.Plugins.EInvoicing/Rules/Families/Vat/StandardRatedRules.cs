using Facturation.Sdk.Common;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.EInvoicing.Rules.Families.Vat;

/// <summary>
/// EN 16931 rules BR-S-01 to BR-S-10 (VAT category S, standard rated). Texts from ConnectingEurope/eInvoicing-EN16931,
/// cii/schematron/abstract/EN16931-CII-model.sch; conditions from cii/schematron/CII/EN16931-CII-model.sch.
/// </summary>
internal static class StandardRatedRules
{
    public static VatCategoryRuleSet Rules { get; } = new(VatCategory.StandardRate, "BR-S", "Standard rated")
    {
        ExactlyOneBreakdown = false,
        PresenceRule = "An Invoice that contains an Invoice line (BG-25), a Document level allowance (BG-20) or a Document level charge (BG-21) where the VAT category code (BT-151, BT-95 or BT-102) is \"Standard rated\" shall contain in the VAT breakdown (BG-23) at least one VAT category code (BT-118) equal with \"Standard rated\".",
        IdentifierDemand = VatIdentifierDemands.SellerVatOrTaxRegistration,
        IdentifiersHold = VatIdentifierDemands.HasSellerVatOrTaxRegistration,
        LineRateDemand = "shall be greater than zero",
        LineRateHolds = static rate => rate > 0m,
        AllowanceChargeRateDemand = "shall be greater than zero",
        AllowanceChargeRateHolds = static rate => rate > 0m,
        TaxableAmount = TaxableAmountCheck.ExactPerRate,
        TaxableAmountRule = "For each different value of VAT category rate (BT-119) where the VAT category code (BT-118) is \"Standard rated\", the VAT category taxable amount (BT-116) in a VAT breakdown (BG-23) shall equal the sum of Invoice line net amounts (BT-131) plus the sum of document level charge amounts (BT-99) minus the sum of document level allowance amounts (BT-92) where the VAT category code (BT-151, BT-102, BT-95) is \"Standard rated\" and the VAT rate (BT-152, BT-103, BT-96) equals the VAT category rate (BT-119).",
        RateTaxRule = "The VAT category tax amount (BT-117) in a VAT breakdown (BG-23) where VAT category code (BT-118) is \"Standard rated\" shall equal the VAT category taxable amount (BT-116) multiplied by the VAT category rate (BT-119).",
        ExemptionRequired = false,
        ExemptionRule = "A VAT Breakdown (BG-23) with VAT Category code (BT-118) \"Standard rate\" shall not have a VAT exemption reason code (BT-121) or VAT exemption reason text (BT-120).",
    };

    public static void Check(InvoiceUnderCheck invoice, ICollection<Problem> problems) => VatCategoryChecks.Run(invoice, Rules, problems);
}
