using Facturation.Plugins.France.Taxes;

namespace Facturation.Plugins.Tests.France.Taxes;

public sealed class TaxSettingsTests
{
    [Fact]
    public void Validate_Defaults_AreValid() => Assert.Empty(new TaxSettings().Validate(SomeFrench.Settings()));

    [Fact]
    public void Validate_EmptyExemptionCode_IsAllowed() => Assert.Empty(new TaxSettings().Validate(SomeFrench.Settings(("vat.exemption.code", ""))));

    [Theory]
    [InlineData("vat.exemption.code", "EU-132", "fr-vat.exemption-code-not-vatex", null)]
    [InlineData("vat.exemption.code", "vatex-eu-132", "fr-vat.exemption-code-not-vatex", null)]
    [InlineData("vat.exemption.reason", "  ", "fr-vat.exemption-reason-blank", "BR-E-10")]
    public void Validate_BadValue_IsReportedOnItsKey_WithTheEn16931RuleWhenThereIsOne(string key, string value, string code, string? ruleId)
    {
        var problem = Assert.Single(new TaxSettings().Validate(SomeFrench.Settings((key, value))));

        Assert.Equal((code, key, ruleId), (problem.Code, problem.Field, problem.RuleId));
    }

    [Fact]
    public void Definitions_DefaultTheExemptionToArticle261()
    {
        var defaults = new TaxSettings().Definitions.ToDictionary(d => d.Key, d => d.DefaultValue);

        Assert.Equal("Exonération de TVA, art. 261 du CGI", defaults["vat.exemption.reason"]);
        Assert.Equal("VATEX-EU-132", defaults["vat.exemption.code"]);
        Assert.Equal("false", defaults["vat.franchise-en-base"]);
    }
}
