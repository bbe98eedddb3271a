using Facturation.Sdk.Settings;

namespace Facturation.SamplePlugin.Tests;

public sealed class SampleNameNumberingSettingsTests
{
    private readonly SampleNameNumberingSettings _settings = new();

    [Fact]
    public void Validate_Defaults_ReportsNoProblem()
    {
        Assert.Empty(_settings.Validate(Values()).Problems);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("10")]
    public void Validate_WidthOutOfRange_ReportsWidth(string width)
    {
        var problem = Assert.Single(_settings.Validate(Values(("width", width))).Problems);

        Assert.Equal("width", problem.Field);
    }

    [Theory]
    [InlineData("A B")]
    [InlineData("ABCDEFGHIJK")]
    public void Validate_InvalidPrefix_ReportsPrefix(string prefix)
    {
        var problem = Assert.Single(_settings.Validate(Values(("prefix", prefix))).Problems);

        Assert.Equal("prefix", problem.Field);
    }

    [Fact]
    public void Validate_UnknownKey_IsReported()
    {
        var problem = Assert.Single(_settings.Validate(Values(("colour", "blue"))).Problems);

        Assert.Equal("colour", problem.Field);
    }

    private SettingValues Values(params (string Key, string Value)[] values) =>
        new SettingValues(values.Select(v => KeyValuePair.Create(v.Key, v.Value))).WithDefaults(_settings.Definitions);
}
