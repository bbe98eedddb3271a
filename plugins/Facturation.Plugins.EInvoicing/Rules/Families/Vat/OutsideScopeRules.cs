using Facturation.Sdk.Common;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.EInvoicing.Rules.Families.Vat;

/// <summary>
/// EN 16931 rules BR-O-01 to BR-O-14 (VAT category O, not subject to VAT). Texts from ConnectingEurope/eInvoicing-EN16931,
/// cii/schematron/abstract/EN16931-CII-model.sch; conditions from cii/schematron/CII/EN16931-CII-model.sch.
/// </summary>
/// <remarks>An item of category O has no VAT rate in the written invoice: the snapshot's rate 0 stands for "no rate",
/// and any other rate would be written, breaking BR-O-05/06/07.</remarks>
internal static class OutsideScopeRules
{
    public static VatCategoryRuleSet Rules { get; } = new(VatCategory.OutsideScope, "BR-O", "Not subject to VAT")
    {
        ExactlyOneBreakdown = true,
        PresenceRule = "An Invoice that contains an Invoice line (BG-25), a Document level allowance (BG-20) or a Document level charge (BG-21) where the VAT category code (BT-151, BT-95 or BT-102) is \"Not subject to VAT\" shall contain exactly one VAT breakdown group (BG-23) with the VAT category code (BT-118) equal to \"Not subject to VAT\".",
        IdentifierDemand = VatIdentifierDemands.NoVatIdentifiers,
        IdentifiersHold = VatIdentifierDemands.HasNoVatIdentifiers,
        LineRateDemand = "shall not be present",
        LineRateHolds = static rate => rate == 0m,
        AllowanceChargeRateDemand = "shall not be present",
        AllowanceChargeRateHolds = static rate => rate == 0m,
        TaxableAmount = TaxableAmountCheck.Exact,
        TaxableAmountRule = "In a VAT breakdown (BG-23) where the VAT category code (BT-118) is \"Not subject to VAT\" the VAT category taxable amount (BT-116) shall equal the sum of Invoice line net amounts (BT-131) minus the sum of Document level allowance amounts (BT-92) plus the sum of Document level charge amounts (BT-99) where the VAT category codes (BT-151, BT-95, BT-102) are \"Not subject to VAT\".",
        ZeroTaxRule = "The VAT category tax amount (BT-117) in a VAT breakdown (BG-23) where the VAT category code (BT-118) is \"Not subject to VAT\" shall be 0 (zero).",
        ExemptionRequired = true,
        ExemptionRule = "A VAT Breakdown (BG-23) with VAT Category code (BT-118) \"Not subject to VAT\" shall have a VAT exemption reason code (BT-121), meaning \"Not subject to VAT\" or a VAT exemption reason text (BT-120) \"Not subject to VAT\" (or the equivalent standard text in another language).",
    };

    public static void Check(InvoiceUnderCheck invoice, ICollection<Problem> problems)
    {
        VatCategoryChecks.Run(invoice, Rules, problems);
        if (!invoice.BreakdownIn(VatCategory.OutsideScope).Any())
            return;
        var otherRow = invoice.Snapshot.TaxBreakdown.Select(static (row, index) => (row, index)).FirstOrDefault(static r => r.row.Category != VatCategory.OutsideScope);
        if (otherRow.row is not null)
        {
            problems.Add(Violation.Of("BR-O-11", "An Invoice that contains a VAT breakdown group (BG-23) with a VAT category code (BT-118) \"Not subject to VAT\" shall not contain other VAT breakdown groups (BG-23).",
                InvoiceUnderCheck.BreakdownField(otherRow.index) + ".Category", otherRow.row.Category.ToString()));
        }
        foreach (var item in invoice.TaxedItems.Where(static i => i.Category != VatCategory.OutsideScope))
        {
            var (id, rule) = item.Kind switch
            {
                TaxedItemKind.Line => ("BR-O-12", "An Invoice that contains a VAT breakdown group (BG-23) with a VAT category code (BT-118) \"Not subject to VAT\" shall not contain an Invoice line (BG-25) where the Invoiced item VAT category code (BT-151) is not \"Not subject to VAT\"."),
                TaxedItemKind.Allowance => ("BR-O-13", "An Invoice that contains a VAT breakdown group (BG-23) with a VAT category code (BT-118) \"Not subject to VAT\" shall not contain Document level allowances (BG-20) where Document level allowance VAT category code (BT-95) is not \"Not subject to VAT\"."),
                _ => ("BR-O-14", "An Invoice that contains a VAT breakdown group (BG-23) with a VAT category code (BT-118) \"Not subject to VAT\" shall not contain Document level charges (BG-21) where Document level charge VAT category code (BT-102) is not \"Not subject to VAT\"."),
            };
            problems.Add(Violation.Of(id, rule, item.Field + ".Tax.Category", item.Category.ToString()));
        }
    }
}
