using Facturation.Sdk.Common;
using Facturation.Sdk.Settings;

namespace Facturation.Sdk.Tests.Settings;

public class SettingRulesTests
{
    [Fact]
    public void CheckDeclared_ValidValues_ReportsNothing()
    {
        SettingDefinition[] definitions =
        [
            Definition("label", SettingKind.Text) with { Required = true },
            Definition("padding", SettingKind.WholeNumber),
            Definition("rate", SettingKind.Number),
            Definition("enabled", SettingKind.Boolean),
            Definition("since", SettingKind.Date),
            Definition("reset", SettingKind.Choice) with { AllowedValues = ["never", "yearly"] },
        ];
        var values = Values(("label", "Invoices"), ("padding", "5"), ("rate", "20.5"), ("enabled", "true"), ("since", "2026-01-01"), ("reset", "yearly"));

        Assert.True(SettingRules.CheckDeclared(definitions, values).Succeeded);
    }

    [Fact]
    public void CheckDeclared_RequiredWithoutValue_IsReportedWithItsKey()
    {
        var outcome = SettingRules.CheckDeclared([Definition("prefix", SettingKind.Text) with { Required = true }], SettingValues.Empty);

        Assert.False(outcome.Succeeded);
        var problem = Assert.Single(outcome.Problems);

        Assert.Equal("setting.required", problem.Code);
        Assert.Equal("prefix", problem.Field);
        Assert.Contains("prefix", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckDeclared_OptionalWithoutValue_ReportsNothing()
    {
        Assert.Empty(SettingRules.CheckDeclared([Definition("prefix", SettingKind.Text)], SettingValues.Empty).Problems);
    }

    [Theory]
    [InlineData(SettingKind.WholeNumber, "5.5")]
    [InlineData(SettingKind.WholeNumber, "five")]
    [InlineData(SettingKind.Number, "abc")]
    [InlineData(SettingKind.Number, "5.5.5")]
    [InlineData(SettingKind.Boolean, "yes")]
    [InlineData(SettingKind.Boolean, "True")]
    [InlineData(SettingKind.Date, "01/02/2026")]
    [InlineData(SettingKind.Date, "2026-13-01")]
    public void CheckDeclared_ValueOfWrongKind_IsReportedWithItsKey(SettingKind kind, string text)
    {
        var problem = Assert.Single(SettingRules.CheckDeclared([Definition("the.key", kind)], Values(("the.key", text))).Problems);

        Assert.Equal("setting.type", problem.Code);
        Assert.Equal("the.key", problem.Field);
        Assert.Contains(text, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SettingKind.Text, "anything at all")]
    [InlineData(SettingKind.WholeNumber, "-3")]
    [InlineData(SettingKind.Number, "5.5")]
    [InlineData(SettingKind.Number, "7")]
    [InlineData(SettingKind.Boolean, "false")]
    [InlineData(SettingKind.Date, "2024-02-29")]
    public void CheckDeclared_ValueOfRightKind_ReportsNothing(SettingKind kind, string text)
    {
        Assert.Empty(SettingRules.CheckDeclared([Definition("the.key", kind)], Values(("the.key", text))).Problems);
    }

    [Fact]
    public void CheckDeclared_NumberUnderFrenchCulture_StillWantsADot()
    {
        using (new CultureScope("fr-FR"))
        {
            Assert.Empty(SettingRules.CheckDeclared([Definition("rate", SettingKind.Number)], Values(("rate", "5.5"))).Problems);
        }
    }

    [Fact]
    public void CheckDeclared_ChoiceOutsideAllowedValues_IsReportedListingThem()
    {
        var definition = Definition("reset", SettingKind.Choice) with { AllowedValues = ["never", "yearly"] };

        var problem = Assert.Single(SettingRules.CheckDeclared([definition], Values(("reset", "monthly"))).Problems);

        Assert.Equal("setting.type", problem.Code);
        Assert.Equal("reset", problem.Field);
        Assert.Contains("never, yearly", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckDeclared_ChoiceIsCaseSensitive()
    {
        var definition = Definition("reset", SettingKind.Choice) with { AllowedValues = ["never", "yearly"] };

        Assert.Single(SettingRules.CheckDeclared([definition], Values(("reset", "Yearly"))).Problems);
    }

    [Fact]
    public void CheckDeclared_UnknownKey_IsReportedWithItsKey()
    {
        var problem = Assert.Single(SettingRules.CheckDeclared([Definition("known", SettingKind.Text)], Values(("known", "x"), ("typo", "y"))).Problems);

        Assert.Equal("setting.unknown", problem.Code);
        Assert.Equal("typo", problem.Field);
    }

    [Fact]
    public void CheckDeclared_SeveralBrokenRules_ReportsOneProblemPerKey()
    {
        SettingDefinition[] definitions =
        [
            Definition("required", SettingKind.Text) with { Required = true },
            Definition("count", SettingKind.WholeNumber),
        ];

        var problems = SettingRules.CheckDeclared(definitions, Values(("count", "many"), ("extra", "1"))).Problems;

        Assert.Equal(
            [("setting.required", "required"), ("setting.type", "count"), ("setting.unknown", "extra")],
            problems.Select(p => (p.Code, p.Field)).Order());
    }

    [Fact]
    public void CheckDeclared_EveryProblemNamesAField()
    {
        SettingDefinition[] definitions = [Definition("a", SettingKind.Text) with { Required = true }, Definition("b", SettingKind.Boolean)];

        IReadOnlyList<Problem> problems = SettingRules.CheckDeclared(definitions, Values(("b", "maybe"), ("c", "?"))).Problems;

        Assert.Equal(3, problems.Count);
        Assert.All(problems, p => Assert.False(string.IsNullOrEmpty(p.Field)));
    }

    private static SettingDefinition Definition(string key, SettingKind kind) => new(key, kind, "A setting.");

    private static SettingValues Values(params (string Key, string Value)[] pairs) =>
        new(pairs.Select(p => KeyValuePair.Create(p.Key, p.Value)));
}
