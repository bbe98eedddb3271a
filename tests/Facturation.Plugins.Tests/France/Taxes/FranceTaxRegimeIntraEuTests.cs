using Facturation.Sdk.Common;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.Tests.France.Taxes;

public sealed class FranceTaxRegimeIntraEuTests
{
    private static readonly DateOnly Delivered = new(2026, 11, 2);

    [Theory]
    [InlineData("DE", "DE123456789", "standard")]
    [InlineData("GR", "EL123456789", "reduced")]
    [InlineData("IE", "IE1234567T", "zero")]
    public async Task Assess_GoodsToAnEuBusinessWithVatNumber_AreAnExemptIntraEuSupply(string country, string buyerVat, string taxClass)
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer(country, vatNumber: buyerVat), SomeFrench.Goods("1", taxClass)) with { DeliveryDate = Delivered };

        var assessment = await SomeFrench.AssessAsync(document);

        var expected = new TaxDecision(VatCategory.IntraCommunitySupply, 0m)
        {
            ExemptionReason = "Exonération de TVA, article 262 ter I du CGI",
            ExemptionReasonCode = "VATEX-EU-IC",
            TaxPoint = TaxPoint.OnInvoicing,
        };
        Assert.Equal(expected, assessment.DecisionOf("1"));
        var mention = Assert.Single(assessment.GetValueOrThrow().Mentions);
        Assert.Equal(("fr.intra-eu-262ter", "Exonération de TVA, article 262 ter I du CGI"), (mention.Code, mention.Text));
    }

    [Fact]
    public async Task Assess_GoodsWithTheDeliveryDateOnTheLine_NeedNoDocumentDeliveryDate()
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer("IT", vatNumber: "IT12345678901"), SomeFrench.Goods("1") with { DeliveryDate = Delivered });

        var assessment = await SomeFrench.AssessAsync(document);

        Assert.Equal(VatCategory.IntraCommunitySupply, assessment.DecisionOf("1").Category);
    }

    [Fact]
    public async Task Assess_GoodsWithoutDeliveryDate_AreRefusedOnceOnTheDeliveryDate()
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer("DE", vatNumber: "DE123456789"), SomeFrench.Goods("1"), SomeFrench.Goods("2"), SomeFrench.Goods("3") with { DeliveryDate = Delivered });

        var assessment = await SomeFrench.AssessAsync(document);

        var problem = Assert.Single(assessment.Problems);
        Assert.Equal(("fr-vat.delivery-date-required", "BR-IC-11", "DeliveryDate"), (problem.Code, problem.RuleId, problem.Field));
        Assert.Contains("BR-IC-11", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_GoodsToAnEuBusinessWithoutVatNumber_AreRefusedOnTheBuyerVatNumber()
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer("DE"), SomeFrench.Goods("1"), SomeFrench.Service("2")) with { DeliveryDate = Delivered };

        var assessment = await SomeFrench.AssessAsync(document);

        var problem = Assert.Single(assessment.Problems);
        // Listed once for both lines; the goods line, decided first, names the intra-EU supply's rule.
        Assert.Equal(("fr-vat.buyer-vat-number-required", "BR-IC-02", "Buyer.VatNumber"), (problem.Code, problem.RuleId, problem.Field));
        Assert.Contains("VAT number", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_GoodsWithNothingTheSupplyNeeds_ListsEveryProblem()
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer("NL", vatNumber: " "), SomeFrench.Goods("1")) with
        {
            Seller = SomeFrench.Seller(vatNumber: null),
            DeliveryAddress = SomeFrench.Address("FR"),
        };

        var assessment = await SomeFrench.AssessAsync(document);

        Assert.Equal(
            [
                ("fr-vat.seller-vat-number-required", "Seller.VatNumber"),
                ("fr-vat.buyer-vat-number-required", "Buyer.VatNumber"),
                ("fr-vat.delivery-date-required", "DeliveryDate"),
                ("fr-vat.intra-eu-deliver-to-country", "DeliveryAddress.Country"),
            ],
            assessment.Problems.Select(p => (p.Code, p.Field)));
    }

    [Theory]
    [InlineData("FR")]
    [InlineData("MC")]
    [InlineData("CH")]
    public async Task Assess_GoodsDeliveredOutsideAnotherMemberState_AreRefusedOnTheDeliverToCountry(string deliverTo)
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer("BE", vatNumber: "BE0123456789"), SomeFrench.Goods("1")) with
        {
            DeliveryDate = Delivered,
            DeliveryAddress = SomeFrench.Address(deliverTo),
        };

        var assessment = await SomeFrench.AssessAsync(document);

        var problem = Assert.Single(assessment.Problems);
        Assert.Equal(("fr-vat.intra-eu-deliver-to-country", "DeliveryAddress.Country"), (problem.Code, problem.Field));
    }

    [Fact]
    public async Task Assess_ServicesToAnEuBusiness_AreReverseChargedWithoutNeedingADeliveryDate()
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer("ES", vatNumber: "ESB12345678"), SomeFrench.Service("1"), SomeFrench.Service("2", "reduced"));

        var assessment = await SomeFrench.AssessAsync(document, ("vat.option-debits", "true"));

        var expected = new TaxDecision(VatCategory.ReverseCharge, 0m) { ExemptionReason = "Autoliquidation", ExemptionReasonCode = "VATEX-EU-AE", TaxPoint = TaxPoint.OnInvoicing };
        Assert.Equal(expected, assessment.DecisionOf("1"));
        Assert.Equal(expected, assessment.DecisionOf("2"));
        var mention = Assert.Single(assessment.GetValueOrThrow().Mentions);
        Assert.Equal(("fr.autoliquidation", "Autoliquidation"), (mention.Code, mention.Text));
    }

    [Fact]
    public async Task Assess_GoodsAndServicesToAnEuBusiness_PrintBothMentions()
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer("AT", vatNumber: "ATU12345678"), SomeFrench.Goods("g"), SomeFrench.Service("s")) with { DeliveryDate = Delivered };

        var assessment = await SomeFrench.AssessAsync(document);

        Assert.Equal(["fr.intra-eu-262ter", "fr.autoliquidation"], assessment.GetValueOrThrow().Mentions.Select(m => m.Code));
    }

    [Fact]
    public async Task Assess_ServicesToAnEuBusinessWithoutSellerVatNumber_AreRefusedOnTheSellerVatNumber()
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer("ES", vatNumber: "ESB12345678"), SomeFrench.Service("1")) with { Seller = SomeFrench.Seller(vatNumber: null) };

        var assessment = await SomeFrench.AssessAsync(document);

        var problem = Assert.Single(assessment.Problems);
        Assert.Equal(("fr-vat.seller-vat-number-required", "BR-AE-02", "Seller.VatNumber"), (problem.Code, problem.RuleId, problem.Field));
    }

    [Theory]
    [InlineData(PartyKind.Consumer)]
    [InlineData(PartyKind.PublicBody)]
    public async Task Assess_GoodsToAnEuNonBusiness_AreRefusedAsOssWithoutChargingFrenchVat(PartyKind kind)
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer("DE", kind), SomeFrench.Service("s"), SomeFrench.Goods("g")) with { DeliveryDate = Delivered };

        var assessment = await SomeFrench.AssessAsync(document);

        var problem = Assert.Single(assessment.Problems);
        Assert.Equal(("fr-vat.oss-not-supported", "Lines[1].Nature"), (problem.Code, problem.Field));
        Assert.Contains("OSS", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_ServicesToAnEuConsumer_AreTaxedInFranceOnPayment()
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer("PT", PartyKind.Consumer), SomeFrench.Service("1"));

        var assessment = await SomeFrench.AssessAsync(document);

        Assert.Equal(new TaxDecision(VatCategory.StandardRate, 20m) { TaxPoint = TaxPoint.OnPayment }, assessment.DecisionOf("1"));
        Assert.Empty(assessment.GetValueOrThrow().Mentions);
    }
}
