using Facturation.Plugins.SequentialNumbering;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Numbering;

namespace Facturation.Plugins.Tests;

public sealed class SequentialNumberingSchemeTests
{
    private static readonly SequentialNumberingSettings Declared = new();
    private static readonly SequentialNumberingScheme Scheme = new();

    [Theory]
    [InlineData(DocumentType.Invoice, 42, "INV-2026-00042")]
    [InlineData(DocumentType.CreditNote, 3, "CN-2026-00003")]
    [InlineData(DocumentType.Quote, 17, "Q-2026-00017")]
    [InlineData(DocumentType.DepositInvoice, 123456, "DEP-2026-123456")]
    public void FormatNumber_Defaults_PrefixYearAndPaddedCounter(DocumentType type, long counter, string expected)
    {
        var settings = Some.Settings(Declared.Definitions);
        var series = Scheme.DescribeSeries(new NumberingSeriesRequest(type, settings));

        var number = Scheme.FormatNumber(new NumberFormatRequest(type, series, counter, new DateOnly(2026, 3, 1), settings));

        Assert.Equal(expected, number);
        Assert.Equal(CounterReset.Yearly, series.Reset);
    }

    [Fact]
    public void FormatNumber_NotYearly_ContinuousCounterWithoutYear()
    {
        var settings = Some.Settings(Declared.Definitions, ("yearly", "false"), ("width", "3"), ("prefix.invoice", "F"));
        var series = Scheme.DescribeSeries(new NumberingSeriesRequest(DocumentType.Invoice, settings));

        var number = Scheme.FormatNumber(new NumberFormatRequest(DocumentType.Invoice, series, 7, new DateOnly(2027, 1, 1), settings));

        Assert.Equal("F007", number);
        Assert.Equal(CounterReset.Never, series.Reset);
    }

    [Fact]
    public void DescribeSeries_EachDocumentTypeHasItsOwnSeries()
    {
        var settings = Some.Settings(Declared.Definitions);

        var keys = Enum.GetValues<DocumentType>().Select(t => Scheme.DescribeSeries(new NumberingSeriesRequest(t, settings)).SeriesKey).ToList();

        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void Capabilities_DeclareTheSchemeGapless() => Assert.False(Scheme.Capabilities.MayLeaveGaps);

    [Fact]
    public void FormatNumber_CounterBelowOne_IsRejected()
    {
        var settings = Some.Settings(Declared.Definitions);
        var series = new NumberingSeries("invoice", CounterReset.Yearly);

        Assert.Throws<ArgumentOutOfRangeException>(() => Scheme.FormatNumber(new NumberFormatRequest(DocumentType.Invoice, series, 0, new DateOnly(2026, 1, 1), settings)));
    }

    [Theory]
    [InlineData("prefix.credit-note", "INV-", "numbering.prefix-collision")]
    [InlineData("prefix.credit-note", "INV-2", "numbering.prefix-collision")]
    [InlineData("prefix.invoice", "F A", "numbering.prefix")]
    [InlineData("prefix.invoice", "ABCDEFGHIJK", "numbering.prefix")]
    [InlineData("width", "13", "numbering.width")]
    [InlineData("width", "0", "numbering.width")]
    public void Validate_BadSetting_IsReportedOnItsKey(string key, string value, string code)
    {
        var problems = Declared.Validate(Some.Settings(Declared.Definitions, (key, value))).Problems;

        Assert.Contains(problems, p => p.Code == code && (p.Field == key || p.Message.Contains(key, StringComparison.Ordinal)));
    }

    [Fact]
    public void Validate_Defaults_AreValid() => Assert.Empty(Declared.Validate(Some.Settings(Declared.Definitions)).Problems);
}
