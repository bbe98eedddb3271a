using Facturation.Sdk.Common;

namespace Facturation.Sdk.Tests.Common;

public class MoneyTests
{
    private static readonly CurrencyCode Usd = new("USD");

    [Fact]
    public void Add_SameCurrency_SumsAmounts()
    {
        var sum = new Money(10.25m, CurrencyCode.Eur) + new Money(2.50m, CurrencyCode.Eur);

        Assert.Equal(new Money(12.75m, CurrencyCode.Eur), sum);
        Assert.Equal(sum, Money.Add(new Money(10.25m, CurrencyCode.Eur), new Money(2.50m, CurrencyCode.Eur)));
    }

    [Fact]
    public void Subtract_SameCurrency_CanGoNegative()
    {
        var difference = new Money(1m, CurrencyCode.Eur) - new Money(3.5m, CurrencyCode.Eur);

        Assert.Equal(new Money(-2.5m, CurrencyCode.Eur), difference);
        Assert.Equal(difference, Money.Subtract(new Money(1m, CurrencyCode.Eur), new Money(3.5m, CurrencyCode.Eur)));
    }

    [Fact]
    public void Negate_ReversesSignAndKeepsCurrency()
    {
        Assert.Equal(new Money(-4.2m, Usd), -new Money(4.2m, Usd));
        Assert.Equal(new Money(4.2m, Usd), Money.Negate(new Money(-4.2m, Usd)));
    }

    [Fact]
    public void Add_DifferentCurrencies_ThrowsNamingBoth()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => new Money(1m, CurrencyCode.Eur) + new Money(1m, Usd));

        Assert.Contains("EUR", exception.Message, StringComparison.Ordinal);
        Assert.Contains("USD", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Subtract_DifferentCurrencies_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => new Money(1m, CurrencyCode.Eur) - new Money(1m, Usd));
    }

    [Fact]
    public void Add_NeverRounds()
    {
        var sum = new Money(0.0001m, CurrencyCode.Eur) + new Money(1.00005m, CurrencyCode.Eur);

        Assert.Equal(1.00015m, sum.Amount);
    }

    [Fact]
    public void Subtract_NeverRounds()
    {
        var difference = new Money(10m, CurrencyCode.Eur) - new Money(0.333333m, CurrencyCode.Eur);

        Assert.Equal(9.666667m, difference.Amount);
    }

    [Fact]
    public void Zero_IsZeroInTheCurrency()
    {
        Assert.Equal(new Money(0m, Usd), Money.Zero(Usd));
    }

    [Fact]
    public void ToString_UsesInvariantCultureAndCode()
    {
        Assert.Equal("1234.5 EUR", new Money(1234.5m, CurrencyCode.Eur).ToString());
    }
}
