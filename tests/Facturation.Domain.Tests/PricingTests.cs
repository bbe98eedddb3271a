using Facturation.Domain.Money;
using Facturation.Domain.Totals;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Domain.Tests;

public sealed class PricingTests
{
    [Theory]
    [InlineData(3, 1.3333, 0, 4.00)]      // 3.9999 → 4.00
    [InlineData(2.5, 19.99, 0, 49.98)]    // 49.975 → 49.98
    [InlineData(0.333, 12.3456, 0, 4.11)] // 4.1110848
    [InlineData(1, 0.125, 0, 0.13)]       // banker's rounding would give 0.12
    [InlineData(7, 1.0050, 0.02, 7.02)]   // 7.035 − 0.02 = 7.015 → 7.02 (banker's: 7.02 too); discount applied before rounding
    [InlineData(1, 2.345, 0, 2.35)]       // banker's: 2.34
    public void LineNet_IsQuantityTimesPriceMinusDiscountRoundedHalfAwayFromZero(decimal quantity, decimal price, decimal discount, decimal expected)
    {
        Assert.Equal(expected, DocumentPricing.LineNet(Priced.Line(quantity, price, discount: discount)));
    }

    [Fact]
    public void Vat_IsComputedOncePerRateOnTheCategoryBase_NotSummedPerLine()
    {
        // Three lines of 1.33 at 5.5 %: per-line VAT would be 0.07 × 3 = 0.21; on the base 3.99 it is 0.21945 → 0.22.
        var snapshot = Priced.Price(Priced.Document([Priced.Line(1, 1.33m, "reduced"), Priced.Line(1, 1.33m, "reduced"), Priced.Line(1, 1.33m, "reduced")]));

        var row = Assert.Single(snapshot.TaxBreakdown);
        Assert.Equal(3.99m, row.TaxableAmount.Amount);
        Assert.Equal(0.22m, row.TaxAmount.Amount);
        var perLine = snapshot.Lines.Sum(l => Math.Round(l.NetAmount.Amount * 5.5m / 100m, 2, MidpointRounding.AwayFromZero));
        Assert.Equal(0.21m, perLine);
    }

    [Fact]
    public void Vat_HalfCent_RoundsAwayFromZeroWhereBankersWouldRoundToEven()
    {
        // Base 1.25 at 10 % = 0.125: EN 16931 practice gives 0.13; .NET's default (to even) would give 0.12.
        var snapshot = Priced.Price(Priced.Document([Priced.Line(1, 1.25m, "intermediate")]));

        Assert.Equal(0.13m, snapshot.TaxBreakdown.Single().TaxAmount.Amount);
        Assert.Equal(0.12m, Math.Round(0.125m, 2));
    }

    [Fact]
    public void DocumentAllowancesAndCharges_ChangeTheBaseOfTheirRateOnly()
    {
        var document = Priced.Document(
            [Priced.Line(10, 10m, "standard"), Priced.Line(4, 25m, "reduced")],
            new DocumentAllowanceCharge(false, 10m, TaxClass.Standard, "Remise fidélité"),
            new DocumentAllowanceCharge(true, 5m, TaxClass.Reduced, "Port"));

        var snapshot = Priced.Price(document);

        var standard = snapshot.TaxBreakdown.Single(b => b.RatePercent == 20m);
        var reduced = snapshot.TaxBreakdown.Single(b => b.RatePercent == 5.5m);
        Assert.Equal(90m, standard.TaxableAmount.Amount);
        Assert.Equal(18m, standard.TaxAmount.Amount);
        Assert.Equal(105m, reduced.TaxableAmount.Amount);
        Assert.Equal(5.78m, reduced.TaxAmount.Amount); // 5.775 → 5.78
        var totals = snapshot.Totals;
        Assert.Equal(200m, totals.LineNetTotal.Amount);
        Assert.Equal(10m, totals.AllowanceTotal.Amount);
        Assert.Equal(5m, totals.ChargeTotal.Amount);
        Assert.Equal(195m, totals.TaxExclusiveAmount.Amount);
        Assert.Equal(23.78m, totals.TaxTotal.Amount);
        Assert.Equal(218.78m, totals.TaxInclusiveAmount.Amount);
    }

    [Fact]
    public void HundredsOfMixedLines_SatisfyEveryBrCoRuleToTheCent()
    {
        var random = new Random(20261122);
        string[] classes = ["standard", "intermediate", "reduced", "super-reduced", "zero"];
        var lines = Enumerable.Range(0, 150).Select(i => Priced.Line(
            Math.Round((decimal)random.NextDouble() * 20m, 3) + 0.001m,
            Math.Round((decimal)random.NextDouble() * 500m, 4),
            classes[i % classes.Length],
            discount: i % 7 == 0 ? 0.5m : 0m)).ToList();
        var document = Priced.Document(lines,
            new DocumentAllowanceCharge(false, 12.34m, TaxClass.Standard, "Remise"),
            new DocumentAllowanceCharge(false, 3.21m, TaxClass.Reduced, "Remise"),
            new DocumentAllowanceCharge(true, 9.99m, TaxClass.Intermediate, "Frais"));

        var snapshot = Priced.Price(document);

        BrCo.AssertAll(snapshot);
        Assert.All(snapshot.Lines, l => Assert.True(RoundingPolicy.HasAtMostDecimals(l.NetAmount.Amount, 2)));
        Assert.Equal(5, snapshot.TaxBreakdown.Count);
    }

    [Fact]
    public void Price_LineWithoutDecision_IsRefusedNamingTheLine()
    {
        var document = Priced.Document([Priced.Line(1, 10m, id: "a"), Priced.Line(1, 10m, id: "b")]);
        var assessment = Priced.Assess(document) with { Lines = [new LineTaxDecision("a", new TaxDecision(VatCategory.StandardRate, 20m))] };

        var result = DocumentPricing.Price(document, assessment);

        Assert.False(result.Succeeded);
        Assert.Equal("Lines[1]", Assert.Single(result.Problems).Field);
    }

    [Fact]
    public void FixedDecision_OverridesTheRegime()
    {
        var document = Priced.Document([Priced.Line(1, 100m, id: "1")]);

        var result = DocumentPricing.Price(document, Priced.Assess(document),
            new Dictionary<string, TaxDecision> { ["1"] = new(VatCategory.StandardRate, 19.6m) });

        Assert.Equal(19.6m, result.Snapshot!.TaxBreakdown.Single().TaxAmount.Amount);
    }

    [Fact]
    public void ForeignCurrency_VatTotalIsAlsoGivenInTheAccountingCurrency()
    {
        var document = Priced.Document([Priced.Line(1, 1000m)]) with
        {
            Currency = new Sdk.Common.CurrencyCode("USD"),
            AccountingExchangeRate = new ExchangeRate(new("USD"), Sdk.Common.CurrencyCode.Eur, 0.9234m, new DateOnly(2026, 1, 14), "ECB"),
        };

        var snapshot = Priced.Price(document);

        Assert.Equal(200m, snapshot.Totals.TaxTotal.Amount);
        Assert.Equal(new Sdk.Common.Money(184.68m, Sdk.Common.CurrencyCode.Eur), snapshot.Totals.TaxTotalInAccountingCurrency);
    }

    [Fact]
    public void MinorUnits_RoundTripAndRefuseMoreThanTwoDecimals()
    {
        Assert.Equal(-123456, RoundingPolicy.ToMinorUnits(-1234.56m));
        Assert.Equal(1234.56m, RoundingPolicy.FromMinorUnits(123456));
        Assert.Throws<ArgumentException>(() => RoundingPolicy.ToMinorUnits(1.005m));
    }
}
