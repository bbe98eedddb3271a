using Facturation.Sdk.Common;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.EInvoicing.Rules.Families.Vat;

/// <summary>
/// EN 16931 rules BR-Z-01 to BR-Z-10 (VAT category Z, zero rated). Texts from ConnectingEurope/eInvoicing-EN16931,
/// cii/schematron/abstract/EN16931-CII-model.sch; conditions from cii/schematron/CII/EN16931-CII-model.sch.
/// </summary>
internal static class ZeroRatedRules
{
    public static VatCategoryRuleSet Rules { get; } = new(VatCategory.ZeroRated, "BR-Z", "Zero rated")
    {
        ExactlyOneBreakdown = true,
        PresenceRule = "An Invoice that contains an Invoice line (BG-25), a Document level allowance (BG-20) or a Document level charge (BG-21) where the VAT category code (BT-151, BT-95 or BT-102) is \"Zero rated\" shall contain in the VAT breakdown (BG-23) exactly one VAT category code (BT-118) equal with \"Zero rated\".",
        IdentifierDemand = VatIdentifierDemands.SellerVatOrTaxRegistration,
        IdentifiersHold = VatIdentifierDemands.HasSellerVatOrTaxRegistration,
        LineRateDemand = "shall be 0 (zero)",
        LineRateHolds = static rate => rate == 0m,
        AllowanceChargeRateDemand = "shall be 0 (zero)",
        AllowanceChargeRateHolds = static rate => rate == 0m,
        TaxableAmount = TaxableAmountCheck.WithinOneUnit,
        TaxableAmountRule = "In a VAT breakdown (BG-23) where VAT category code (BT-118) is \"Zero rated\" the VAT category taxable amount (BT-116) shall equal the sum of Invoice line net amount (BT-131) minus the sum of Document level allowance amounts (BT-92) plus the sum of Document level charge amounts (BT-99) where the VAT category codes (BT-151, BT-95, BT-102) are \"Zero rated\".",
        ZeroTaxRule = "The VAT category tax amount (BT-117) in a VAT breakdown (BG-23) where VAT category code (BT-118) is \"Zero rated\" shall equal 0 (zero).",
        ExemptionRequired = false,
        ExemptionRule = "A VAT Breakdown (BG-23) with VAT Category code (BT-118) \"Zero rated\" shall not have a VAT exemption reason code (BT-121) or VAT exemption reason text (BT-120).",
    };

    public static void Check(InvoiceUnderCheck invoice, ICollection<Problem> problems) => VatCategoryChecks.Run(invoice, Rules, problems);
}
