using Facturation.Sdk.Common;

namespace Facturation.Sdk.Tests.Common;

public class CurrencyCodeTests
{
    [Theory]
    [InlineData("EUR")]
    [InlineData("USD")]
    [InlineData("CHF")]
    public void Constructor_ThreeUpperCaseLetters_KeepsValue(string value)
    {
        Assert.Equal(value, new CurrencyCode(value).Value);
        Assert.True(CurrencyCode.IsWellFormed(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("EU")]
    [InlineData("EURO")]
    [InlineData("eur")]
    [InlineData("Eur")]
    [InlineData("E1R")]
    [InlineData(" EUR")]
    [InlineData("ÉUR")]
    public void Constructor_MalformedCode_ThrowsArgumentException(string value)
    {
        var exception = Assert.Throws<ArgumentException>(() => new CurrencyCode(value));

        Assert.Equal("value", exception.ParamName);
        Assert.False(CurrencyCode.IsWellFormed(value));
    }

    [Fact]
    public void Constructor_Null_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new CurrencyCode(null!));
        Assert.False(CurrencyCode.IsWellFormed(null));
    }

    [Fact]
    public void Eur_IsEur()
    {
        Assert.Equal("EUR", CurrencyCode.Eur.ToString());
        Assert.Equal(new CurrencyCode("EUR"), CurrencyCode.Eur);
    }
}
