using Facturation.Plugins.StandardVat;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.Tests;

public sealed class StandardVatRegimeTests
{
    private static readonly StandardVatSettings Declared = new();

    [Theory]
    [InlineData("standard", VatCategory.StandardRate, 20)]
    [InlineData("intermediate", VatCategory.StandardRate, 10)]
    [InlineData("reduced", VatCategory.StandardRate, 5.5)]
    [InlineData("super-reduced", VatCategory.StandardRate, 2.1)]
    [InlineData("zero", VatCategory.ZeroRated, 0)]
    [InlineData("exempt", VatCategory.Exempt, 0)]
    [InlineData("outside-scope", VatCategory.OutsideScope, 0)]
    public async Task Assess_DefaultSettings_MapsEachClassToItsCategoryAndRate(string taxClass, VatCategory category, decimal rate)
    {
        var document = Some.Document(Some.Line("1", new TaxClass(taxClass)));

        var assessment = await new StandardVatRegime().AssessAsync(new TaxAssessmentRequest(document, Some.Settings(Declared.Definitions)), CancellationToken.None);

        var decision = Assert.Single(assessment.GetValueOrThrow().Lines).Decision;
        Assert.Equal(category, decision.Category);
        Assert.Equal(rate, decision.RatePercent);
    }

    [Fact]
    public async Task Assess_OutsideScopeLine_CarriesTheConfiguredReasonAndVatexO_AndTheClassIsKnown()
    {
        var settings = Some.Settings(Declared.Definitions, ("outside-scope.reason", "Association non assujettie à la TVA"));
        var regime = new StandardVatRegime();

        var assessment = await regime.AssessAsync(new TaxAssessmentRequest(Some.Document(Some.Line("1", StandardVatRegime.OutsideScope)), settings), CancellationToken.None);

        var decision = Assert.Single(assessment.GetValueOrThrow().Lines).Decision;
        Assert.Equal((VatCategory.OutsideScope, 0m), (decision.Category, decision.RatePercent));
        Assert.Equal("Association non assujettie à la TVA", decision.ExemptionReason);
        Assert.Equal("VATEX-EU-O", decision.ExemptionReasonCode);
        Assert.Contains(StandardVatRegime.OutsideScope, regime.KnownTaxClasses(settings));
    }

    [Fact]
    public async Task Assess_ExemptLine_CarriesTheConfiguredReasonAndVatexCode()
    {
        var settings = Some.Settings(Declared.Definitions, ("exemption.reason", "Exonération art. 261"), ("exemption.code", "VATEX-EU-132"));

        var assessment = await new StandardVatRegime().AssessAsync(new TaxAssessmentRequest(Some.Document(Some.Line("1", TaxClass.Exempt)), settings), CancellationToken.None);

        var decision = Assert.Single(assessment.GetValueOrThrow().Lines).Decision;
        Assert.Equal("Exonération art. 261", decision.ExemptionReason);
        Assert.Equal("VATEX-EU-132", decision.ExemptionReasonCode);
    }

    [Fact]
    public async Task Assess_ServicesTaxedOnPayment_OnlyServiceLinesAreDueOnPayment()
    {
        var settings = Some.Settings(Declared.Definitions, ("services.taxed-on-payment", "true"));
        var document = Some.Document(Some.Line("g", TaxClass.Standard, LineNature.Goods), Some.Line("s", TaxClass.Standard, LineNature.Service));

        var assessment = await new StandardVatRegime().AssessAsync(new TaxAssessmentRequest(document, settings), CancellationToken.None);

        Assert.Equal(TaxPoint.OnInvoicing, assessment.GetValueOrThrow().Lines.Single(l => l.LineId == "g").Decision.TaxPoint);
        Assert.Equal(TaxPoint.OnPayment, assessment.GetValueOrThrow().Lines.Single(l => l.LineId == "s").Decision.TaxPoint);
    }

    [Fact]
    public async Task Assess_DocumentAllowance_GetsTheRateOfItsClass()
    {
        var document = Some.Document(Some.Line("1", TaxClass.Reduced)) with
        {
            AllowancesCharges = [new DocumentAllowanceCharge(false, 1m, TaxClass.Reduced, "Remise")],
        };

        var assessment = await new StandardVatRegime().AssessAsync(new TaxAssessmentRequest(document, Some.Settings(Declared.Definitions)), CancellationToken.None);

        var allowance = Assert.Single(assessment.GetValueOrThrow().AllowancesCharges);
        Assert.Equal(0, allowance.Index);
        Assert.Equal(5.5m, allowance.Decision.RatePercent);
    }

    [Fact]
    public async Task Assess_ClassWithoutRate_IsRefusedNamingTheLineAndSetting()
    {
        var document = Some.Document(Some.Line("1", TaxClass.Standard), Some.Line("2", new TaxClass("parking")));

        var assessment = await new StandardVatRegime().AssessAsync(new TaxAssessmentRequest(document, Some.Settings(Declared.Definitions)), CancellationToken.None);

        Assert.False(assessment.Succeeded);
        var problem = Assert.Single(assessment.Problems);
        Assert.Equal("Lines[1].TaxClass", problem.Field);
        Assert.Contains("rate.parking", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rate.standard", "120", "vat.rate-range")]
    [InlineData("rate.standard", "0", "vat.rate-range")]
    [InlineData("rate.reduced", "5.555", "vat.rate-range")]
    [InlineData("rate.reduced", "cinq", "setting.type")]
    [InlineData("exemption.code", "EU-132", "vat.vatex-code")]
    [InlineData("services.taxed-on-payment", "yes", "setting.type")]
    [InlineData("rate.unknown", "5", "setting.unknown")]
    public void Validate_BadValue_IsReportedOnItsKey(string key, string value, string code)
    {
        var problems = Declared.Validate(Some.Settings(Declared.Definitions, (key, value))).Problems;

        var problem = Assert.Single(problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal(key, problem.Field);
    }

    [Fact]
    public void Validate_Defaults_AreValid() => Assert.Empty(Declared.Validate(Some.Settings(Declared.Definitions)).Problems);
}
