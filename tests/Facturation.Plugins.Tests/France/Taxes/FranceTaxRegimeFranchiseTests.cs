using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.Tests.France.Taxes;

public sealed class FranceTaxRegimeFranchiseTests
{
    private static readonly (string, string) Franchise = ("vat.franchise-en-base", "true");

    private static readonly TaxDecision Exempt293B = new(VatCategory.Exempt, 0m)
    {
        ExemptionReason = "TVA non applicable, art. 293 B du CGI",
        ExemptionReasonCode = "VATEX-FR-FRANCHISE",
        TaxPoint = TaxPoint.OnInvoicing,
    };

    [Theory]
    [InlineData("FR", PartyKind.Business, null, "standard", LineNature.Goods)]
    [InlineData("FR", PartyKind.Consumer, null, "reduced", LineNature.Service)]
    [InlineData("FR", PartyKind.Business, "FR11987654321", "construction-subcontracting", LineNature.Service)]
    [InlineData("FR", PartyKind.Consumer, null, "zero", LineNature.Goods)]
    [InlineData("DE", PartyKind.Business, "DE123456789", "standard", LineNature.Goods)]
    [InlineData("ES", PartyKind.Consumer, null, "standard", LineNature.Goods)]
    [InlineData("US", PartyKind.Business, null, "standard", LineNature.Service)]
    public async Task Assess_FranchiseEnBase_EveryLineIsExemptUnder293B(string country, PartyKind kind, string? buyerVat, string taxClass, LineNature nature)
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer(country, kind, buyerVat), SomeFrench.Line("1", new TaxClass(taxClass), nature));

        var assessment = await SomeFrench.AssessAsync(document, Franchise);

        Assert.Equal(Exempt293B, assessment.DecisionOf("1"));
        var mention = Assert.Single(assessment.GetValueOrThrow().Mentions);
        Assert.Equal(("fr.franchise-293b", "TVA non applicable, art. 293 B du CGI"), (mention.Code, mention.Text));
        Assert.Null(mention.SubjectCode);
    }

    [Fact]
    public async Task Assess_FranchiseEnBase_AllowancesAreExemptAndTheMentionIsPrintedOnce()
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer(), SomeFrench.Goods("1"), SomeFrench.Service("2", "reduced")) with
        {
            AllowancesCharges = [SomeFrench.Allowance("standard"), SomeFrench.Allowance("super-reduced")],
        };

        var assessment = await SomeFrench.AssessAsync(document, Franchise, ("vat.option-debits", "true"));

        Assert.All(assessment.GetValueOrThrow().Lines, l => Assert.Equal(Exempt293B, l.Decision));
        Assert.Equal([0, 1], assessment.GetValueOrThrow().AllowancesCharges.Select(a => a.Index).Order());
        Assert.All(assessment.GetValueOrThrow().AllowancesCharges, a => Assert.Equal(Exempt293B, a.Decision));
        Assert.Equal(["fr.franchise-293b"], assessment.GetValueOrThrow().Mentions.Select(m => m.Code));
    }

    [Fact]
    public async Task Assess_FranchiseEnBaseWithSellerWithoutVatNumber_IsNotRefused()
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer("DE", vatNumber: "DE123456789"), SomeFrench.Goods("1")) with { Seller = SomeFrench.Seller(vatNumber: null) };

        var assessment = await SomeFrench.AssessAsync(document, Franchise);

        Assert.True(assessment.Succeeded);
        Assert.Equal(VatCategory.Exempt, assessment.DecisionOf("1").Category);
    }
}
