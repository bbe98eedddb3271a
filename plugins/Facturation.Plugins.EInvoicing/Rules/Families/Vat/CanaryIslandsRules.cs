using Facturation.Sdk.Common;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.EInvoicing.Rules.Families.Vat;

/// <summary>
/// EN 16931 rules BR-AF-01 to BR-AF-10 (VAT category L, Canary Islands general indirect tax, IGIC). Texts from ConnectingEurope/eInvoicing-EN16931,
/// cii/schematron/abstract/EN16931-CII-model.sch; conditions from cii/schematron/CII/EN16931-CII-model.sch.
/// </summary>
/// <remarks>BR-AF-09 repeats BR-CO-17 (its CII binding is <c>true()</c>), so it adds no check here.</remarks>
internal static class CanaryIslandsRules
{
    public static VatCategoryRuleSet Rules { get; } = new(VatCategory.CanaryIslands, "BR-AF", "IGIC")
    {
        ExactlyOneBreakdown = false,
        PresenceRule = "An Invoice that contains an Invoice line (BG-25), a Document level allowance (BG-20) or a Document level charge (BG-21) where the VAT category code (BT-151, BT-95 or BT-102) is \"IGIC\" shall contain in the VAT breakdown (BG-23) at least one VAT category code (BT-118) equal with \"IGIC\".",
        IdentifierDemand = VatIdentifierDemands.SellerVatOrTaxRegistration,
        IdentifiersHold = VatIdentifierDemands.HasSellerVatOrTaxRegistration,
        LineRateDemand = "shall be greater than 0 (zero)",
        LineRateHolds = static rate => rate > 0m,
        AllowanceChargeRateDemand = "shall be greater than zero",
        AllowanceChargeRateHolds = static rate => rate > 0m,
        TaxableAmount = TaxableAmountCheck.ExactPerRate,
        TaxableAmountRule = "For each different value of VAT category rate (BT-119) where the VAT category code (BT-118) is \"IGIC\", the VAT category taxable amount (BT-116) in a VAT breakdown (BG-23) shall equal the sum of Invoice line net amounts (BT-131) plus the sum of document level charge amounts (BT-99) minus the sum of document level allowance amounts (BT-92) where the VAT category code (BT-151, BT-102, BT-95) is \"IGIC\" and the VAT rate (BT-152, BT-103, BT-96) equals the VAT category rate (BT-119).",
        ExemptionRequired = false,
        ExemptionRule = "A VAT Breakdown (BG-23) with VAT Category code (BT-118) \"IGIC\" shall not have a VAT exemption reason code (BT-121) or VAT exemption reason text (BT-120).",
    };

    public static void Check(InvoiceUnderCheck invoice, ICollection<Problem> problems) => VatCategoryChecks.Run(invoice, Rules, problems);
}
