using Facturation.Sdk.Documents;

namespace Facturation.Sdk.Tests.Documents;

public class UnitCodeTests
{
    [Theory]
    [InlineData("C62")]
    [InlineData("HUR")]
    [InlineData("H87")]
    [InlineData("DAY")]
    [InlineData("E")]
    [InlineData("58")]
    public void Constructor_OneToThreeUpperCaseLettersOrDigits_KeepsValue(string value)
    {
        Assert.Equal(value, new UnitCode(value).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("KGMS")]
    [InlineData("kgm")]
    [InlineData("H-7")]
    [InlineData("H 7")]
    public void Constructor_MalformedCode_ThrowsArgumentException(string value)
    {
        var exception = Assert.Throws<ArgumentException>(() => new UnitCode(value));

        Assert.Equal("value", exception.ParamName);
    }

    [Fact]
    public void Constructor_Null_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new UnitCode(null!));
    }

    [Fact]
    public void WellKnownUnits_AreTheirRecommendation20Codes()
    {
        Assert.Equal("C62", UnitCode.One.Value);
        Assert.Equal("HUR", UnitCode.Hour.Value);
    }
}
