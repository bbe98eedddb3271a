using System.Globalization;
using Facturation.Plugins.France.Taxes;
using Facturation.Sdk.Documents;

namespace Facturation.Plugins.Tests.France.Taxes;

public sealed class FrenchVatRatesTests
{
    [Fact]
    public void Mainland_HasAtMostOneRatePerClassOnAnyDate()
    {
        var overlaps = FrenchVatRates.Mainland
            .SelectMany((a, i) => FrenchVatRates.Mainland.Skip(i + 1), (a, b) => (a, b))
            .Where(p => p.a.TaxClass == p.b.TaxClass
                && p.a.ValidFrom <= (p.b.ValidTo ?? DateOnly.MaxValue)
                && p.b.ValidFrom <= (p.a.ValidTo ?? DateOnly.MaxValue));

        Assert.Empty(overlaps);
    }

    [Theory]
    [InlineData("standard", "2000-03-31", null)]
    [InlineData("standard", "2000-04-01", "19.6")]
    [InlineData("intermediate", "2011-12-31", null)]
    [InlineData("intermediate", "2012-01-01", "7")]
    [InlineData("intermediate", "2014-01-01", "10")]
    [InlineData("reduced", "2026-11-22", "5.5")]
    [InlineData("super-reduced", "2026-11-22", "2.1")]
    [InlineData("zero", "2026-11-22", null)]
    public void RateOn_GivesTheRateInForceOrNone(string taxClass, string date, string? rate) =>
        Assert.Equal(
            rate is null ? null : decimal.Parse(rate, CultureInfo.InvariantCulture),
            FrenchVatRates.RateOn(new TaxClass(taxClass), DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture)));
}
