using Facturation.Plugins.France.Taxes;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.Tests.France.Taxes;

public sealed class FranceTaxRegimeReverseChargeTests
{
    private static readonly TaxDecision Autoliquidation = new(VatCategory.ReverseCharge, 0m)
    {
        ExemptionReason = "Autoliquidation",
        ExemptionReasonCode = "VATEX-EU-AE",
        TaxPoint = TaxPoint.OnInvoicing,
    };

    [Fact]
    public async Task Assess_ConstructionSubcontractingForAFrenchContractor_IsReverseChargedWithTheAutoliquidationMention()
    {
        var document = SomeFrench.Invoice(
            SomeFrench.Buyer("FR", vatNumber: "FR11987654321"),
            SomeFrench.Line("works", FrenchTaxClasses.ConstructionSubcontracting, LineNature.Service),
            SomeFrench.Goods("materials"),
            SomeFrench.Service("more-works", "construction-subcontracting"));

        var assessment = await SomeFrench.AssessAsync(document);

        Assert.Equal(Autoliquidation, assessment.DecisionOf("works"));
        Assert.Equal(Autoliquidation, assessment.DecisionOf("more-works"));
        Assert.Equal(new TaxDecision(VatCategory.StandardRate, 20m), assessment.DecisionOf("materials"));
        var mention = Assert.Single(assessment.GetValueOrThrow().Mentions);
        Assert.Equal(("fr.autoliquidation", "Autoliquidation"), (mention.Code, mention.Text));
    }

    [Fact]
    public async Task Assess_ConstructionSubcontractingWithoutBuyerVatNumber_IsRefusedOnTheBuyerVatNumber()
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer("FR"), SomeFrench.Service("works", "construction-subcontracting"));

        var assessment = await SomeFrench.AssessAsync(document);

        var problem = Assert.Single(assessment.Problems);
        Assert.Equal(("fr-vat.buyer-vat-number-required", "BR-AE-02", "Buyer.VatNumber"), (problem.Code, problem.RuleId, problem.Field));
    }

    [Fact]
    public async Task Assess_ConstructionSubcontractingForAConsumerBySellerWithoutVatNumber_ListsEveryMissingCondition()
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer("FR", PartyKind.Consumer), SomeFrench.Service("a", "construction-subcontracting"), SomeFrench.Service("b", "construction-subcontracting")) with
        {
            Seller = SomeFrench.Seller(vatNumber: null),
        };

        var assessment = await SomeFrench.AssessAsync(document);

        Assert.Equal(
            [
                ("fr-vat.reverse-charge-business-buyer-required", "Buyer.Kind"),
                ("fr-vat.buyer-vat-number-required", "Buyer.VatNumber"),
                ("fr-vat.seller-vat-number-required", "Seller.VatNumber"),
            ],
            assessment.Problems.Select(p => (p.Code, p.Field)));
    }

    [Fact]
    public async Task Assess_ConstructionSubcontractingForABuyerAbroad_IsRefusedAsUnsupported()
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer("BE", vatNumber: "BE0123456789"), SomeFrench.Service("works", "construction-subcontracting"));

        var assessment = await SomeFrench.AssessAsync(document);

        var problem = Assert.Single(assessment.Problems);
        Assert.Equal(("fr-vat.construction-subcontracting-foreign-buyer", "Lines[0].TaxClass"), (problem.Code, problem.Field));
    }
}
