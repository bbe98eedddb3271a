using System.Globalization;
using Facturation.Sdk.Settings;

namespace Facturation.Sdk.Tests.Settings;

public class SettingValuesTests
{
    [Fact]
    public void GetDecimal_UnderFrenchCulture_ReadsDotAsDecimalSeparator()
    {
        var values = Values(("rate.reduced", "5.5"));

        using (new CultureScope("fr-FR"))
        {
            // Guard: the culture really uses a comma, so a culture-sensitive parse would read 55 or fail.
            Assert.Equal(",", CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator);

            Assert.Equal(5.5m, values.GetDecimal("rate.reduced"));
        }
    }

    [Fact]
    public void GetDate_UnderFrenchCulture_ReadsIsoDate()
    {
        var values = Values(("start", "2026-03-01"));

        using (new CultureScope("fr-FR"))
        {
            Assert.Equal(new DateOnly(2026, 3, 1), values.GetDate("start"));
        }
    }

    [Fact]
    public void GetInteger_UnderFrenchCulture_ReadsNegativeNumber()
    {
        var values = Values(("offset", "-12"));

        using (new CultureScope("fr-FR"))
        {
            Assert.Equal(-12, values.GetInteger("offset"));
        }
    }

    [Theory]
    [InlineData("20", 20)]
    [InlineData("0.0001", 0.0001)]
    [InlineData("-2.5", -2.5)]
    public void GetDecimal_InvariantText_ReadsValue(string text, double expected)
    {
        Assert.Equal((decimal)expected, Values(("k", text)).GetDecimal("k"));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("5.5.5")]
    [InlineData("")]
    public void GetDecimal_NotANumber_IsNull(string text)
    {
        Assert.Null(Values(("k", text)).GetDecimal("k"));
    }

    [Fact]
    public void TypedGetters_MissingKey_AreNull()
    {
        var values = SettingValues.Empty;

        Assert.Null(values.GetDecimal("k"));
        Assert.Null(values.GetInteger("k"));
        Assert.Null(values.GetBoolean("k"));
        Assert.Null(values.GetDate("k"));
        Assert.Null(values.GetText("k"));
        Assert.Equal("fallback", values.GetText("k", "fallback"));
    }

    [Theory]
    [InlineData("5.5")]
    [InlineData("x")]
    [InlineData("3000000000")]
    public void GetInteger_NotAnInt32_IsNull(string text)
    {
        Assert.Null(Values(("k", text)).GetInteger("k"));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void GetBoolean_TrueOrFalse_ReadsValue(string text, bool expected)
    {
        Assert.Equal(expected, Values(("k", text)).GetBoolean("k"));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    public void GetBoolean_OtherText_IsNull(string text)
    {
        Assert.Null(Values(("k", text)).GetBoolean("k"));
    }

    [Theory]
    [InlineData("01/03/2026")]
    [InlineData("2026-3-1")]
    [InlineData("2026-02-30")]
    public void GetDate_NotIsoDate_IsNull(string text)
    {
        Assert.Null(Values(("k", text)).GetDate("k"));
    }

    [Fact]
    public void WithDefaults_KeyWithoutValue_GetsTheDefault()
    {
        var values = SettingValues.Empty.WithDefaults([Definition("rate.standard", "20")]);

        Assert.Equal("20", values.GetText("rate.standard"));
    }

    [Fact]
    public void WithDefaults_GivenValue_IsNotOverridden()
    {
        var values = Values(("rate.standard", "21")).WithDefaults([Definition("rate.standard", "20")]);

        Assert.Equal("21", Assert.Single(values).Value);
    }

    [Fact]
    public void WithDefaults_DefinitionWithoutDefault_AddsNoKey()
    {
        var values = SettingValues.Empty.WithDefaults([Definition("prefix", null)]);

        Assert.False(values.ContainsKey("prefix"));
    }

    [Fact]
    public void WithDefaults_ReturnsNewInstanceAndLeavesOriginalUnchanged()
    {
        var original = Values(("a", "1"));

        var completed = original.WithDefaults([Definition("b", "2")]);

        Assert.NotSame(original, completed);
        Assert.False(original.ContainsKey("b"));
        Assert.Equal("2", completed["b"]);
        Assert.Equal("1", completed["a"]);
    }

    [Fact]
    public void Constructor_DuplicateKeys_LaterValueWins()
    {
        var values = Values(("k", "first"), ("k", "second"));

        Assert.Equal("second", values["k"]);
        Assert.Single(values);
    }

    [Fact]
    public void Keys_AreCaseSensitive()
    {
        var values = Values(("Rate", "1"));

        Assert.True(values.ContainsKey("Rate"));
        Assert.False(values.ContainsKey("rate"));
    }

    private static SettingDefinition Definition(string key, string? defaultValue) =>
        new(key, SettingKind.Text, "A setting.") { DefaultValue = defaultValue };

    private static SettingValues Values(params (string Key, string Value)[] pairs) =>
        new(pairs.Select(p => KeyValuePair.Create(p.Key, p.Value)));
}
