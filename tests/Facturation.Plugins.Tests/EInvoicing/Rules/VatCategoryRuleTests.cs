using Facturation.Plugins.Tests.EInvoicing.Fixtures;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.Tests.EInvoicing.Rules;

/// <summary>EN 16931 rules of the domestic VAT categories: S, Z, E, AE, and L (IGIC, BR-AF) and M (IPSI, BR-AG).</summary>
public sealed class VatCategoryRuleTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "standard rate of 0 on lines", "BR-S-05" },
        { "standard rate of 0 on an allowance", "BR-S-06 BR-S-08" },
        { "standard rate without seller VAT id", "BR-S-02 BR-S-03 BR-S-04" },
        { "standard rate base off by a cent", "BR-S-08" },
        { "standard rate with an exemption reason", "BR-S-10" },
        { "zero rated", "" },
        { "zero rated without seller VAT id", "BR-Z-02" },
        { "zero rated with an exemption reason", "BR-Z-10" },
        { "zero rated at 5 %", "BR-Z-05 BR-Z-09" },
        { "zero rated in two breakdown rows", "BR-Z-01" },
        { "exempt without exemption reason", "BR-E-10" },
        { "exempt without seller VAT id", "BR-E-02" },
        { "exempt without seller VAT id, with its tax registration (BT-32)", "" },
        { "zero rated without seller VAT id, with its tax registration (BT-32)", "" },
        { "exempt base off by 0.99", "" },
        { "exempt base off by 1.00", "BR-E-08" },
        { "reverse charge without buyer VAT id", "BR-AE-02" },
        { "reverse charge with the buyer's SIREN instead of its VAT id", "" },
        { "reverse charge without exemption reason", "BR-AE-10" },
        { "reverse charge at 20 %", "BR-AE-05 BR-AE-09" },
        { "IGIC at 7 %", "" },
        { "IGIC at 0 %", "BR-AF-05" },
        { "IPSI at 0 %", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_VAT_category_breakage_breaks_exactly_its_published_rules(string breakage, string expected) =>
        RuleSnapshots.AssertBroken(Broken(breakage), expected);

    private static DocumentSnapshot Broken(string breakage)
    {
        var domestic = EInvoiceSnapshots.DomesticStandard;
        var mixed = EInvoiceSnapshots.MixedRatesWithAllowancesAndCharges;
        var zero = Repriced(domestic, new TaxDecision(VatCategory.ZeroRated, 0m));
        var franchise = EInvoiceSnapshots.Franchise;
        var reverse = EInvoiceSnapshots.ReverseCharge;
        return breakage switch
        {
            "standard rate of 0 on lines" => Repriced(domestic, new TaxDecision(VatCategory.StandardRate, 0m)),
            "standard rate of 0 on an allowance" => mixed with
            {
                AllowancesCharges = [mixed.AllowancesCharges[0] with { Tax = new TaxDecision(VatCategory.StandardRate, 0m) }, mixed.AllowancesCharges[1]],
            },
            "standard rate without seller VAT id" => mixed.WithSeller(static s => s with { VatNumber = null }),
            "standard rate base off by a cent" => domestic.WithBreakdown(0, static r => r with { TaxableAmount = r.TaxableAmount.Plus(0.01m) }),
            "standard rate with an exemption reason" => domestic.WithBreakdown(0, static r => r with { ExemptionReasonCode = "VATEX-EU-132" }),
            "zero rated" => zero,
            "zero rated without seller VAT id" => zero.WithSeller(static s => s with { VatNumber = " " }),
            "zero rated with an exemption reason" => zero.WithBreakdown(0, static r => r with { ExemptionReason = "Taux zéro" }),
            "zero rated at 5 %" => Repriced(domestic, new TaxDecision(VatCategory.ZeroRated, 5m)),
            "zero rated in two breakdown rows" => zero with { TaxBreakdown = [zero.TaxBreakdown[0], zero.TaxBreakdown[0]] },
            "exempt without exemption reason" => franchise.WithBreakdown(0, static r => r with { ExemptionReason = null, ExemptionReasonCode = null }),
            "exempt without seller VAT id" => franchise.WithSeller(static s => s with { VatNumber = null }),
            "exempt without seller VAT id, with its tax registration (BT-32)" => franchise.WithSeller(static s => s with { VatNumber = null, TaxRegistrationId = "4430618410042" }),
            "zero rated without seller VAT id, with its tax registration (BT-32)" => zero.WithSeller(static s => s with { VatNumber = null, TaxRegistrationId = "4430618410042" }),
            "exempt base off by 0.99" => franchise.WithBreakdown(0, static r => r with { TaxableAmount = r.TaxableAmount.Plus(0.99m) }),
            "exempt base off by 1.00" => franchise.WithBreakdown(0, static r => r with { TaxableAmount = r.TaxableAmount.Plus(1m) }),
            // BR-AE-02 accepts a buyer legal registration id (BT-47) instead of the VAT id: remove both.
            "reverse charge without buyer VAT id" => reverse.WithBuyer(static b => b with { VatNumber = null, Identifiers = [] }),
            "reverse charge with the buyer's SIREN instead of its VAT id" => reverse.WithBuyer(static b => b with
            {
                VatNumber = null,
                Identifiers = [new Sdk.Common.PartyIdentifier("512349879", Sdk.Common.PartyIdentifier.SirenScheme)],
            }),
            "reverse charge without exemption reason" => reverse.WithBreakdown(0, static r => r with { ExemptionReason = "", ExemptionReasonCode = null }),
            "reverse charge at 20 %" => Repriced(reverse, new TaxDecision(VatCategory.ReverseCharge, 20m) { ExemptionReasonCode = "VATEX-EU-AE" }),
            "IGIC at 7 %" => Repriced(domestic, new TaxDecision(VatCategory.CanaryIslands, 7m)),
            "IGIC at 0 %" => Repriced(domestic, new TaxDecision(VatCategory.CanaryIslands, 0m)),
            "IPSI at 0 %" => Repriced(domestic, new TaxDecision(VatCategory.CeutaMelilla, 0m)),
            _ => throw new ArgumentOutOfRangeException(nameof(breakage), breakage, "Unknown case."),
        };
    }

    /// <summary>The snapshot's document priced again with one decision for every line, allowance and charge.</summary>
    internal static DocumentSnapshot Repriced(DocumentSnapshot snapshot, TaxDecision decision) =>
        SnapshotPricing.Price(snapshot.Document, _ => decision, snapshot.Mentions);
}
