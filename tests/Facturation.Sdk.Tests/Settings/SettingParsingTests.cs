using Facturation.Sdk.Settings;

namespace Facturation.Sdk.Tests.Settings;

/// <summary>What a person may type in a setting, and what is refused rather than misread.</summary>
public sealed class SettingParsingTests
{
    private static readonly SettingDefinition Rate = new("rate", SettingKind.Number, "A rate.");
    private static readonly SettingDefinition Flag = new("flag", SettingKind.Boolean, "A flag.");

    [Theory]
    [InlineData("5,5")]
    [InlineData("1,000")]
    [InlineData("5.5%")]
    public void Number_WithCommaOrSymbols_IsRefusedNotMisread(string text)
    {
        var values = new SettingValues([KeyValuePair.Create("rate", text)]);

        Assert.Null(values.GetDecimal("rate"));
        Assert.Equal("setting.type", Assert.Single(SettingRules.CheckDeclared([Rate], values).Problems).Code);
    }

    [Theory]
    [InlineData("-2.5", -2.5)]
    [InlineData("20", 20)]
    public void Number_WithDotAndSign_IsRead(string text, decimal expected)
    {
        var values = new SettingValues([KeyValuePair.Create("rate", text)]);

        Assert.Equal(expected, values.GetDecimal("rate"));
        Assert.Empty(SettingRules.CheckDeclared([Rate], values).Problems);
    }

    [Theory]
    [InlineData("True")]
    [InlineData(" true ")]
    [InlineData("1")]
    public void Boolean_OtherThanExactTrueOrFalse_IsNeitherReadNorAccepted(string text)
    {
        var values = new SettingValues([KeyValuePair.Create("flag", text)]);

        Assert.Null(values.GetBoolean("flag"));
        Assert.NotEmpty(SettingRules.CheckDeclared([Flag], values).Problems);
    }
}
