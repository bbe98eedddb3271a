using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.Tests.France.Taxes;

public sealed class FranceTaxRegimeDomesticTests
{
    [Theory]
    [InlineData("standard", LineNature.Goods, VatCategory.StandardRate, 20, TaxPoint.OnInvoicing)]
    [InlineData("intermediate", LineNature.Goods, VatCategory.StandardRate, 10, TaxPoint.OnInvoicing)]
    [InlineData("reduced", LineNature.Goods, VatCategory.StandardRate, 5.5, TaxPoint.OnInvoicing)]
    [InlineData("super-reduced", LineNature.Goods, VatCategory.StandardRate, 2.1, TaxPoint.OnInvoicing)]
    [InlineData("zero", LineNature.Goods, VatCategory.ZeroRated, 0, TaxPoint.OnInvoicing)]
    [InlineData("standard", LineNature.Service, VatCategory.StandardRate, 20, TaxPoint.OnPayment)]
    [InlineData("reduced", LineNature.Service, VatCategory.StandardRate, 5.5, TaxPoint.OnPayment)]
    [InlineData("zero", LineNature.Service, VatCategory.ZeroRated, 0, TaxPoint.OnInvoicing)]
    public async Task Assess_BuyerInFrance_MapsTheClassToItsCategoryRateAndTaxPoint(
        string taxClass, LineNature nature, VatCategory category, decimal rate, TaxPoint taxPoint)
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer("FR"), SomeFrench.Line("1", new TaxClass(taxClass), nature));

        var assessment = await SomeFrench.AssessAsync(document);

        Assert.Equal(new TaxDecision(category, rate) { TaxPoint = taxPoint }, assessment.DecisionOf("1"));
        Assert.Empty(assessment.GetValueOrThrow().Mentions);
    }

    [Theory]
    [InlineData(PartyKind.Business)]
    [InlineData(PartyKind.Consumer)]
    public async Task Assess_BuyerInMonaco_IsTaxedAsInFrance(PartyKind kind)
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer("MC", kind), SomeFrench.Goods("1"));

        var assessment = await SomeFrench.AssessAsync(document);

        Assert.Equal(new TaxDecision(VatCategory.StandardRate, 20m), assessment.DecisionOf("1"));
    }

    [Fact]
    public async Task Assess_ExemptClass_CarriesTheDefaultArticle261ReasonAndVatexCode()
    {
        var assessment = await SomeFrench.AssessAsync(SomeFrench.Invoice(SomeFrench.Buyer(), SomeFrench.Service("1", "exempt")));

        var expected = new TaxDecision(VatCategory.Exempt, 0m) { ExemptionReason = "Exonération de TVA, art. 261 du CGI", ExemptionReasonCode = "VATEX-EU-132" };
        Assert.Equal(expected, assessment.DecisionOf("1"));
    }

    [Fact]
    public async Task Assess_ExemptClass_CarriesTheConfiguredReasonAndNoCodeWhenEmpty()
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer(), SomeFrench.Service("1", "exempt"));

        var assessment = await SomeFrench.AssessAsync(document, ("vat.exemption.reason", "Exonération de TVA, art. 261-4-4° du CGI"), ("vat.exemption.code", ""));

        var decision = assessment.DecisionOf("1");
        Assert.Equal("Exonération de TVA, art. 261-4-4° du CGI", decision.ExemptionReason);
        Assert.Null(decision.ExemptionReasonCode);
    }

    [Fact]
    public async Task Assess_MixedRatesWithAnAllowanceInEachClass_DecidesEachAllowanceAtItsClassRate()
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer(), SomeFrench.Goods("a", "standard"), SomeFrench.Goods("b", "reduced"), SomeFrench.Goods("c", "standard")) with
        {
            AllowancesCharges = [SomeFrench.Allowance("reduced"), SomeFrench.Allowance("standard")],
        };

        var assessment = await SomeFrench.AssessAsync(document);

        Assert.True(assessment.Succeeded);
        Assert.Equal([20m, 5.5m, 20m], document.Lines.Select(l => assessment.DecisionOf(l.LineId).RatePercent));
        Assert.Collection(assessment.GetValueOrThrow().AllowancesCharges.OrderBy(a => a.Index),
            a => Assert.Equal(new AllowanceChargeTaxDecision(0, new TaxDecision(VatCategory.StandardRate, 5.5m)), a),
            a => Assert.Equal(new AllowanceChargeTaxDecision(1, new TaxDecision(VatCategory.StandardRate, 20m)), a));
        Assert.Empty(assessment.GetValueOrThrow().Mentions);
    }

    [Fact]
    public async Task Assess_CreditNote_IsDecidedLikeTheInvoice()
    {
        var invoice = SomeFrench.Invoice(SomeFrench.Buyer("DE", vatNumber: "DE123456789"), SomeFrench.Goods("g"), SomeFrench.Service("s")) with
        {
            DeliveryDate = new DateOnly(2026, 11, 2),
        };
        var creditNote = invoice with { Type = DocumentType.CreditNote };

        var forInvoice = await SomeFrench.AssessAsync(invoice);
        var forCreditNote = await SomeFrench.AssessAsync(creditNote);

        Assert.Equal(VatCategory.IntraCommunitySupply, forCreditNote.DecisionOf("g").Category);
        Assert.Equal(VatCategory.ReverseCharge, forCreditNote.DecisionOf("s").Category);
        Assert.Equal(forInvoice.GetValueOrThrow().Lines, forCreditNote.GetValueOrThrow().Lines);
        Assert.Equal(forInvoice.GetValueOrThrow().Mentions, forCreditNote.GetValueOrThrow().Mentions);
    }

    [Fact]
    public async Task Assess_FrenchPublicBody_IsRefusedPointingToChorusPro()
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer("FR", PartyKind.PublicBody), SomeFrench.Service("1"));

        var assessment = await SomeFrench.AssessAsync(document);

        var problem = Assert.Single(assessment.Problems);
        Assert.Equal("fr-vat.public-buyer-not-supported", problem.Code);
        Assert.Equal("Buyer.Kind", problem.Field);
        Assert.Contains("Chorus Pro", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_UnknownClass_IsRefusedNamingTheLine()
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer(), SomeFrench.Goods("1"), SomeFrench.Goods("2", "parking"));

        var assessment = await SomeFrench.AssessAsync(document);

        var problem = Assert.Single(assessment.Problems);
        Assert.Equal(("fr-vat.unknown-tax-class", "Lines[1].TaxClass"), (problem.Code, problem.Field));
    }

    [Fact]
    public async Task Assess_SeveralFaults_RefusesWithEveryProblem()
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer("FR", PartyKind.PublicBody), SomeFrench.Goods("1", "parking"), SomeFrench.Goods("2", "standard"), SomeFrench.Goods("3", "bogus")) with
        {
            AllowancesCharges = [SomeFrench.Allowance("other")],
        };

        var assessment = await SomeFrench.AssessAsync(document);

        Assert.Equal(
            ["Buyer.Kind", "Lines[0].TaxClass", "Lines[2].TaxClass", "AllowancesCharges[0].TaxClass"],
            assessment.Problems.Select(p => p.Field));
    }
}
