using Facturation.Sdk.Common;

namespace Facturation.Sdk.Tests.Common;

public class CountryCodeTests
{
    [Theory]
    [InlineData("FR")]
    [InlineData("DE")]
    [InlineData("BE")]
    public void Constructor_TwoUpperCaseLetters_KeepsValue(string value)
    {
        Assert.Equal(value, new CountryCode(value).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("F")]
    [InlineData("FRA")]
    [InlineData("fr")]
    [InlineData("F1")]
    [InlineData(" F")]
    public void Constructor_MalformedCode_ThrowsArgumentException(string value)
    {
        var exception = Assert.Throws<ArgumentException>(() => new CountryCode(value));

        Assert.Equal("value", exception.ParamName);
    }

    [Fact]
    public void Constructor_Null_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new CountryCode(null!));
    }

    [Fact]
    public void France_IsFr()
    {
        Assert.Equal("FR", CountryCode.France.ToString());
    }
}
