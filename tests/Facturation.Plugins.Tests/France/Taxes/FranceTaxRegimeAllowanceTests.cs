using Facturation.Sdk.Common;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.Tests.France.Taxes;

public sealed class FranceTaxRegimeAllowanceTests
{
    private static readonly DateOnly Delivered = new(2026, 11, 2);

    [Fact]
    public async Task Assess_AllowanceOnIntraEuGoods_TakesTheirDecision()
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer("DE", vatNumber: "DE123456789"), SomeFrench.Goods("1"), SomeFrench.Goods("2")) with
        {
            DeliveryDate = Delivered,
            AllowancesCharges = [SomeFrench.Allowance("standard")],
        };

        var assessment = await SomeFrench.AssessAsync(document);

        var allowance = Assert.Single(assessment.GetValueOrThrow().AllowancesCharges);
        Assert.Equal(assessment.DecisionOf("1"), allowance.Decision);
        Assert.Equal(VatCategory.IntraCommunitySupply, allowance.Decision.Category);
    }

    [Fact]
    public async Task Assess_AllowanceOnGoodsAndServicesTreatedDifferently_IsRefusedAsAmbiguous()
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer("DE", vatNumber: "DE123456789"), SomeFrench.Goods("g"), SomeFrench.Service("s"), SomeFrench.Goods("r", "reduced")) with
        {
            DeliveryDate = Delivered,
            AllowancesCharges = [SomeFrench.Allowance("reduced"), SomeFrench.Allowance("standard")],
        };

        var assessment = await SomeFrench.AssessAsync(document);

        var problem = Assert.Single(assessment.Problems);
        Assert.Equal(("fr-vat.allowance-ambiguous", "AllowancesCharges[1].TaxClass"), (problem.Code, problem.Field));
        Assert.Contains("K 0 %, AE 0 %", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_AllowanceOnLinesAtTwoRatesOfOneClass_IsRefusedAsAmbiguous()
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer(), SomeFrench.Goods("old") with { DeliveryDate = new DateOnly(2013, 12, 20) }, SomeFrench.Goods("new")) with
        {
            IssueDate = new DateOnly(2014, 1, 10),
            AllowancesCharges = [SomeFrench.Allowance("standard")],
        };

        var assessment = await SomeFrench.AssessAsync(document);

        Assert.Equal(["fr-vat.allowance-ambiguous"], assessment.Problems.Select(p => p.Code));
    }

    [Theory]
    [InlineData(true, true, TaxPoint.OnInvoicing)]
    [InlineData(false, true, TaxPoint.OnPayment)]
    [InlineData(true, false, TaxPoint.OnInvoicing)]
    public async Task Assess_AllowanceOnDomesticLines_FollowsTheirTaxPointOrInvoicingWhenTheyDiffer(bool goods, bool services, TaxPoint expected)
    {
        var lines = new[] { SomeFrench.Goods("g"), SomeFrench.Service("s") }.Where(l => l.LineId == "g" ? goods : services).ToArray();
        var document = SomeFrench.Invoice(SomeFrench.Buyer(), lines) with { AllowancesCharges = [SomeFrench.Allowance("standard")] };

        var assessment = await SomeFrench.AssessAsync(document);

        Assert.Equal(new TaxDecision(VatCategory.StandardRate, 20m) { TaxPoint = expected }, Assert.Single(assessment.GetValueOrThrow().AllowancesCharges).Decision);
    }

    [Fact]
    public async Task Assess_AllowanceOfAClassWithoutLines_IsDecidedAsDomestic()
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer("US", PartyKind.Business), SomeFrench.Goods("1")) with
        {
            AllowancesCharges = [new(true, 5m, new("intermediate"), "Frais de port")],
        };

        var assessment = await SomeFrench.AssessAsync(document);

        Assert.Equal(VatCategory.Export, assessment.DecisionOf("1").Category);
        Assert.Equal(new TaxDecision(VatCategory.StandardRate, 10m), Assert.Single(assessment.GetValueOrThrow().AllowancesCharges).Decision);
    }

    [Fact]
    public async Task Assess_ConstructionAllowanceWithoutLines_IsReverseChargedWithItsMention()
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer("FR", vatNumber: "FR11987654321"), SomeFrench.Goods("1")) with
        {
            AllowancesCharges = [SomeFrench.Allowance("construction-subcontracting")],
        };

        var assessment = await SomeFrench.AssessAsync(document);

        Assert.Equal(VatCategory.ReverseCharge, Assert.Single(assessment.GetValueOrThrow().AllowancesCharges).Decision.Category);
        Assert.Equal(["fr.autoliquidation"], assessment.GetValueOrThrow().Mentions.Select(m => m.Code));
    }

    [Fact]
    public async Task Assess_AllowanceOfAnUnknownClass_IsRefusedNamingTheAllowance()
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer(), SomeFrench.Goods("1")) with { AllowancesCharges = [SomeFrench.Allowance("standard"), SomeFrench.Allowance("parking")] };

        var assessment = await SomeFrench.AssessAsync(document);

        var problem = Assert.Single(assessment.Problems);
        Assert.Equal(("fr-vat.unknown-tax-class", "AllowancesCharges[1].TaxClass"), (problem.Code, problem.Field));
    }
}
