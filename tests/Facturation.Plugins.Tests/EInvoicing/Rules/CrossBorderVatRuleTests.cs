using Facturation.Plugins.Tests.EInvoicing.Fixtures;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.Tests.EInvoicing.Rules;

/// <summary>EN 16931 rules of intra-community supplies (BR-IC), exports (BR-G) and supplies not subject to VAT (BR-O).</summary>
public sealed class CrossBorderVatRuleTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "intra-community supply without delivery date", "BR-IC-11" },
        { "intra-community supply without deliver-to address", "BR-IC-12" },
        { "intra-community supply without buyer VAT id", "BR-IC-02" },
        { "intra-community supply at 20 %", "BR-IC-05 BR-IC-09" },
        { "export without seller VAT id", "BR-G-02 BR-G-04" },
        { "export without exemption reason", "BR-G-10" },
        { "export with VAT in the breakdown", "BR-G-09" },
        { "not subject to VAT", "" },
        { "not subject to VAT with a seller VAT id", "BR-O-02" },
        { "not subject to VAT with a rate", "BR-CO-17 BR-O-05 BR-O-09" },
        { "not subject to VAT mixed with standard rate", "BR-O-11 BR-O-12 BR-O-14 BR-S-02 BR-S-04" },
        { "not subject to VAT without exemption reason", "BR-O-10" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_cross_border_VAT_breakage_breaks_exactly_its_published_rules(string breakage, string expected) =>
        RuleSnapshots.AssertBroken(Broken(breakage), expected);

    private static readonly TaxDecision NotSubject = new(VatCategory.OutsideScope, 0m)
    {
        ExemptionReason = "Non soumis à la TVA",
        ExemptionReasonCode = "VATEX-EU-O",
    };

    private static DocumentSnapshot Broken(string breakage)
    {
        var intra = EInvoiceSnapshots.IntraEuGoods;
        var export = EInvoiceSnapshots.Export;
        var outside = OutsideScope(EInvoiceSnapshots.DomesticStandard, _ => NotSubject);
        return breakage switch
        {
            "intra-community supply without delivery date" => intra.WithDocument(static d => d with { DeliveryDate = null }),
            "intra-community supply without deliver-to address" => intra.WithDocument(static d => d with { DeliveryAddress = null }),
            "intra-community supply without buyer VAT id" => intra.WithBuyer(static b => b with { VatNumber = null }),
            "intra-community supply at 20 %" => VatCategoryRuleTests.Repriced(intra,
                new TaxDecision(VatCategory.IntraCommunitySupply, 20m) { ExemptionReasonCode = "VATEX-EU-IC" }),
            "export without seller VAT id" => export.WithSeller(static s => s with { VatNumber = null }),
            "export without exemption reason" => export.WithBreakdown(0, static r => r with { ExemptionReason = null, ExemptionReasonCode = null }),
            "export with VAT in the breakdown" => export.WithVatShift(0, 0.40m),
            "not subject to VAT" => outside,
            "not subject to VAT with a seller VAT id" => outside.WithSeller(static s => s with { VatNumber = "FR14832457816" }),
            "not subject to VAT with a rate" => OutsideScope(EInvoiceSnapshots.DomesticStandard, _ => NotSubject with { RatePercent = 10m }),
            "not subject to VAT mixed with standard rate" => OutsideScope(EInvoiceSnapshots.MixedRatesWithAllowancesAndCharges,
                taxClass => taxClass == TaxClass.Standard ? NotSubject : new TaxDecision(VatCategory.StandardRate, 10m)),
            "not subject to VAT without exemption reason" => outside.WithBreakdown(0, static r => r with { ExemptionReason = null, ExemptionReasonCode = null }),
            _ => throw new ArgumentOutOfRangeException(nameof(breakage), breakage, "Unknown case."),
        };
    }

    // A seller without VAT number selling to a buyer without one, priced again with the given decisions.
    private static DocumentSnapshot OutsideScope(DocumentSnapshot snapshot, Func<TaxClass, TaxDecision> taxOf)
    {
        var document = snapshot.Document with
        {
            Seller = snapshot.Document.Seller with { VatNumber = null },
            Buyer = FixtureParties.AmericanBuyer,
        };
        return SnapshotPricing.Price(document, taxOf, []);
    }
}
