using System.Globalization;

namespace Facturation.Plugins.Tests.France.Taxes;

public sealed class FranceTaxRegimeRateDateTests
{
    [Theory]
    [InlineData("standard", "2013-06-01", 19.6)]
    [InlineData("standard", "2013-12-31", 19.6)]
    [InlineData("standard", "2014-01-01", 20)]
    [InlineData("standard", "2026-11-22", 20)]
    [InlineData("intermediate", "2012-01-01", 7)]
    [InlineData("intermediate", "2013-06-01", 7)]
    [InlineData("intermediate", "2026-11-22", 10)]
    [InlineData("reduced", "2013-06-01", 5.5)]
    [InlineData("super-reduced", "2013-06-01", 2.1)]
    public async Task Assess_InvoiceIssuedOnDate_AppliesTheRateInForceThatDay(string taxClass, string issueDate, decimal rate)
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer(), SomeFrench.Goods("1", taxClass)) with { IssueDate = Date(issueDate) };

        var assessment = await SomeFrench.AssessAsync(document);

        Assert.Equal(rate, assessment.DecisionOf("1").RatePercent);
    }

    [Fact]
    public async Task Assess_DeliveryDates_TakePrecedenceOverTheIssueDate()
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer(), SomeFrench.Goods("document"), SomeFrench.Goods("line") with { DeliveryDate = Date("2014-02-01") }) with
        {
            IssueDate = Date("2014-01-15"),
            DeliveryDate = Date("2013-12-20"),
        };

        var assessment = await SomeFrench.AssessAsync(document);

        Assert.Equal(19.6m, assessment.DecisionOf("document").RatePercent);
        Assert.Equal(20m, assessment.DecisionOf("line").RatePercent);
    }

    [Theory]
    [InlineData("intermediate", "2011-12-31")]
    [InlineData("standard", "1999-12-31")]
    public async Task Assess_ClassWithoutRateOnTheDate_IsRefusedNamingTheLineAndDate(string taxClass, string issueDate)
    {
        var document = SomeFrench.Invoice(SomeFrench.Buyer(), SomeFrench.Goods("ok", "zero"), SomeFrench.Goods("old", taxClass)) with { IssueDate = Date(issueDate) };

        var assessment = await SomeFrench.AssessAsync(document);

        var problem = Assert.Single(assessment.Problems);
        Assert.Equal(("fr-vat.no-rate-at-date", "Lines[1].TaxClass"), (problem.Code, problem.Field));
        Assert.Contains(issueDate, problem.Message, StringComparison.Ordinal);
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
