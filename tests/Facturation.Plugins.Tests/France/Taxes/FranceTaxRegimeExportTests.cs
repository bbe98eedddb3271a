using Facturation.Sdk.Common;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.Tests.France.Taxes;

public sealed class FranceTaxRegimeExportTests
{
    [Theory]
    [InlineData("US", PartyKind.Business, "standard")]
    [InlineData("CH", PartyKind.Consumer, "reduced")]
    [InlineData("GB", PartyKind.PublicBody, "zero")]
    public async Task Assess_GoodsToABuyerOutsideTheEu_AreAnExemptExport(string country, PartyKind kind, string taxClass)
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer(country, kind), SomeFrench.Goods("1", taxClass));

        var assessment = await SomeFrench.AssessAsync(document);

        var expected = new TaxDecision(VatCategory.Export, 0m)
        {
            ExemptionReason = "Exonération de TVA, article 262 I du CGI",
            ExemptionReasonCode = "VATEX-EU-G",
            TaxPoint = TaxPoint.OnInvoicing,
        };
        Assert.Equal(expected, assessment.DecisionOf("1"));
        var mention = Assert.Single(assessment.GetValueOrThrow().Mentions);
        Assert.Equal(("fr.export-262-i", "Exonération de TVA, article 262 I du CGI"), (mention.Code, mention.Text));
    }

    [Fact]
    public async Task Assess_ExportBySellerWithoutVatNumber_IsRefusedOnTheSellerVatNumber()
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer("JP"), SomeFrench.Goods("1"), SomeFrench.Service("2")) with { Seller = SomeFrench.Seller(vatNumber: null) };

        var assessment = await SomeFrench.AssessAsync(document);

        var problem = Assert.Single(assessment.Problems);
        Assert.Equal(("fr-vat.seller-vat-number-required", "BR-G-02", "Seller.VatNumber"), (problem.Code, problem.RuleId, problem.Field));
        Assert.Contains("BR-G-02", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_ServicesToABusinessOutsideTheEu_AreCategoryGUnderArticle259_1()
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer("US"), SomeFrench.Service("1"));

        var assessment = await SomeFrench.AssessAsync(document);

        var expected = new TaxDecision(VatCategory.Export, 0m)
        {
            ExemptionReason = "TVA non applicable, art. 259-1 du CGI",
            ExemptionReasonCode = "VATEX-EU-G",
            TaxPoint = TaxPoint.OnInvoicing,
        };
        Assert.Equal(expected, assessment.DecisionOf("1"));
        Assert.Empty(assessment.GetValueOrThrow().Mentions);
    }

    [Theory]
    [InlineData(PartyKind.Consumer)]
    [InlineData(PartyKind.PublicBody)]
    public async Task Assess_ServicesToANonBusinessOutsideTheEu_AreTaxedInFrance(PartyKind kind)
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer("CA", kind), SomeFrench.Service("1", "intermediate"));

        var assessment = await SomeFrench.AssessAsync(document, ("vat.option-debits", "true"));

        Assert.Equal(new TaxDecision(VatCategory.StandardRate, 10m) { TaxPoint = TaxPoint.OnInvoicing }, assessment.DecisionOf("1"));
        Assert.Equal(["fr.option-debits"], assessment.GetValueOrThrow().Mentions.Select(m => m.Code));
    }
}
