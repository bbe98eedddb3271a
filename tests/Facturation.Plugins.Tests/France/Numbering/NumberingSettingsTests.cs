using Facturation.Plugins.France.Numbering;
using Facturation.Sdk.Common;
using Facturation.Sdk.Settings;

namespace Facturation.Plugins.Tests.France.Numbering;

public sealed class NumberingSettingsTests
{
    private static readonly NumberingSettings Declared = new();

    [Fact]
    public void Definitions_DeclareAPatternPerDocumentTypeAndTheReset()
    {
        var defaults = Declared.Definitions.ToDictionary(d => d.Key, d => d.DefaultValue);

        Assert.Equal("F{yyyy}-{counter:5}", defaults["numbering.pattern.invoice"]);
        Assert.Equal("AV{yyyy}-{counter:5}", defaults["numbering.pattern.credit-note"]);
        Assert.Equal("FA{yyyy}-{counter:5}", defaults["numbering.pattern.deposit-invoice"]);
        Assert.Equal("D{yyyy}-{counter:5}", defaults["numbering.pattern.quote"]);
        Assert.Equal("BL{yyyy}-{counter:5}", defaults["numbering.pattern.delivery-note"]);
        Assert.Equal("yearly", defaults["numbering.reset"]);
        Assert.Equal(6, defaults.Count);
    }

    [Fact]
    public void Validate_Defaults_AreValid() => Assert.Empty(Validate());

    [Fact]
    public void Validate_SharedPatternAndMonthWithoutMonthlyReset_AreValid() =>
        Assert.Empty(Validate(("numbering.pattern.deposit-invoice", "F{yyyy}-{counter:5}"), ("numbering.pattern.quote", "D{yy}{mm}.{counter:3}")));

    [Fact]
    public void Validate_YearlyResetWithoutYear_IsRefusedOnThePattern()
    {
        var problem = Assert.Single(Validate(("numbering.pattern.quote", "DEV-{mm}-{counter:5}")));

        Assert.Equal("numbering.reset-without-year", problem.Code);
        Assert.Equal("numbering.pattern.quote", problem.Field);
    }

    [Fact]
    public void Validate_NoResetWithoutYear_IsValid() =>
        Assert.Empty(Validate(("numbering.reset", "never"), ("numbering.pattern.quote", "DEV-{counter:5}")));

    [Fact]
    public void Validate_CollidingPatterns_AreRefusedNamingBothKeys()
    {
        var problem = Assert.Single(Validate(("numbering.reset", "never"), ("numbering.pattern.invoice", "F{counter:4}"), ("numbering.pattern.credit-note", "F{yyyy}{counter:4}")));

        Assert.Equal("numbering.patterns-collide", problem.Code);
        Assert.Contains("numbering.pattern.invoice", problem.Message, StringComparison.Ordinal);
        Assert.Contains("numbering.pattern.credit-note", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("F{yyy}-{counter:5}", "numbering.pattern-token", "position 2")]
    [InlineData("F{YYYY}-{counter:5}", "numbering.pattern-token", "position 2")]
    [InlineData("F{yyyy-{counter:5}", "numbering.pattern-token", "position 2")]
    [InlineData("F{yyyy}-{counter:5", "numbering.pattern-token", "position 9")]
    [InlineData("F{yyyy}-{counter:0}", "numbering.pattern-token", "position 9")]
    [InlineData("F{yyyy}-{counter:13}", "numbering.pattern-token", "position 9")]
    [InlineData("F{yyyy}-{counter}", "numbering.pattern-token", "position 9")]
    [InlineData("F{yyyy}-{counter:5}-{counter:3}", "numbering.pattern-counter", "position 21")]
    [InlineData("F{yyyy}-", "numbering.pattern-counter", "no counter")]
    [InlineData("F {yyyy}-{counter:5}", "numbering.pattern-character", "position 2")]
    [InlineData("F{yyyy}#{counter:5}", "numbering.pattern-character", "position 8")]
    [InlineData("F{yyyy}-{counter:5}}", "numbering.pattern-character", "position 20")]
    [InlineData("Fé{yyyy}-{counter:5}", "numbering.pattern-character", "position 2")]
    public void Validate_InvalidPattern_IsRefusedNamingTheKeyAndPosition(string pattern, string code, string where)
    {
        var problem = Assert.Single(Validate(("numbering.pattern.invoice", pattern)));

        Assert.Equal(code, problem.Code);
        Assert.Equal("numbering.pattern.invoice", problem.Field);
        Assert.Contains("numbering.pattern.invoice", problem.Message, StringComparison.Ordinal);
        Assert.Contains(where, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralFaultsInOnePattern_AreAllReported()
    {
        var problems = Validate(("numbering.pattern.invoice", "F {yyy}#"));

        Assert.Equal(["numbering.pattern-character", "numbering.pattern-token", "numbering.pattern-character", "numbering.pattern-counter"], problems.Select(p => p.Code));
    }

    [Fact]
    public void Validate_PatternOver200Characters_IsRefused() =>
        Assert.Equal("numbering.pattern-too-long", Assert.Single(Validate(("numbering.pattern.invoice", new string('F', 200) + "{yyyy}{counter:5}"))).Code);

    private static List<Problem> Validate(params (string Key, string Value)[] values) =>
        Declared.Validate(Some.Settings(Declared.Definitions, values)).ToList();
}
