using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.Tests.France.Taxes;

public sealed class FranceTaxRegimeTaxPointTests
{
    [Fact]
    public async Task Assess_WithoutOptionForDebits_ServicesAreDueOnPaymentAndNoMentionIsPrinted()
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer(), SomeFrench.Goods("g"), SomeFrench.Service("s"));

        var assessment = await SomeFrench.AssessAsync(document);

        Assert.Equal(TaxPoint.OnInvoicing, assessment.DecisionOf("g").TaxPoint);
        Assert.Equal(TaxPoint.OnPayment, assessment.DecisionOf("s").TaxPoint);
        Assert.Empty(assessment.GetValueOrThrow().Mentions);
    }

    [Fact]
    public async Task Assess_WithOptionForDebits_ServicesAreDueOnInvoicingWithTheMention()
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer(), SomeFrench.Goods("g"), SomeFrench.Service("s"), SomeFrench.Service("t", "reduced"));

        var assessment = await SomeFrench.AssessAsync(document, ("vat.option-debits", "true"));

        Assert.All(assessment.GetValueOrThrow().Lines, l => Assert.Equal(TaxPoint.OnInvoicing, l.Decision.TaxPoint));
        var mention = Assert.Single(assessment.GetValueOrThrow().Mentions);
        Assert.Equal(("fr.option-debits", "Option pour le paiement de la taxe d'après les débits"), (mention.Code, mention.Text));
        Assert.Null(mention.SubjectCode);
    }

    [Theory]
    [InlineData("standard", false)]
    [InlineData("zero", true)]
    [InlineData("exempt", true)]
    public async Task Assess_WithOptionForDebitsButNoTaxedService_PrintsNoMention(string serviceClass, bool withService)
    {
        var lines = withService ? [SomeFrench.Goods("g"), SomeFrench.Service("s", serviceClass)] : new[] { SomeFrench.Goods("g", serviceClass) };

        var assessment = await SomeFrench.AssessAsync(SomeFrench.Invoice(SomeFrench.Buyer(), lines), ("vat.option-debits", "true"));

        Assert.True(assessment.Succeeded);
        Assert.DoesNotContain(assessment.GetValueOrThrow().Mentions, m => m.Code == "fr.option-debits");
    }
}
