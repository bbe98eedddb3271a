using Facturation.Sdk.Common;

namespace Facturation.Sdk.Tests.Common;

public class AmountRoundingTests
{
    [Theory]
    [InlineData("0.125", "0.13")]    // half a cent goes away from zero, not to the even 0.12
    [InlineData("-0.125", "-0.13")]
    [InlineData("0.135", "0.14")]
    [InlineData("2.675", "2.68")]
    [InlineData("2.674999", "2.67")]
    [InlineData("-2.675", "-2.68")]
    [InlineData("19.99", "19.99")]
    public void Round_HalfCent_GoesAwayFromZero(string exact, string rounded)
    {
        Assert.Equal(decimal.Parse(rounded, System.Globalization.CultureInfo.InvariantCulture),
            AmountRounding.Round(decimal.Parse(exact, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Round_VatOfACategory_IsRoundedOnceOnItsTaxableAmount()
    {
        // EN 16931 BR-CO-17: BT-117 = BT-116 × BT-119 / 100 rounded once, here 3 lines of 0.30 at 5.5 %; adding the
        // VAT rounded per line would give 0.06.
        var taxable = 0.30m + 0.30m + 0.30m;

        Assert.Equal(0.05m, AmountRounding.Round(taxable * 5.5m / 100m));
        Assert.Equal(0.06m, 3 * AmountRounding.Round(0.30m * 5.5m / 100m));
    }

    [Fact]
    public void Round_Money_KeepsTheCurrency()
    {
        Assert.Equal(new Money(10.01m, CurrencyCode.Eur), AmountRounding.Round(new Money(10.005m, CurrencyCode.Eur)));
    }

    [Theory]
    [InlineData("12.34", true)]
    [InlineData("12.3", true)]
    [InlineData("12.340", true)]
    [InlineData("12.345", false)]
    [InlineData("-0.001", false)]
    public void IsRounded_TellsAmountsWithAtMostTwoDecimals(string amount, bool expected)
    {
        Assert.Equal(expected, AmountRounding.IsRounded(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void HasAtMostDecimals_CountsTheGivenDecimals()
    {
        Assert.True(AmountRounding.HasAtMostDecimals(12.3456m, 4));
        Assert.False(AmountRounding.HasAtMostDecimals(12.34567m, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => AmountRounding.HasAtMostDecimals(1m, 29));
    }
}
