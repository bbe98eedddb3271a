using Facturation.Plugins.France.Numbering;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Numbering;
using Facturation.Sdk.Settings;

namespace Facturation.Plugins.Tests.France.Numbering;

public sealed class FranceNumberingSchemeTests
{
    private static readonly FranceNumberingScheme Scheme = new();

    [Theory]
    [InlineData(DocumentType.Invoice, 42, "F2026-00042")]
    [InlineData(DocumentType.CreditNote, 3, "AV2026-00003")]
    [InlineData(DocumentType.Quote, 17, "D2026-00017")]
    [InlineData(DocumentType.DepositInvoice, 1, "FA2026-00001")]
    [InlineData(DocumentType.DeliveryNote, 99999, "BL2026-99999")]
    public void FormatNumber_DefaultPatterns_YearAndPaddedCounter(DocumentType type, long counter, string expected)
    {
        var settings = Settings();

        Assert.Equal(expected, Format(type, counter, new DateOnly(2026, 3, 1), settings));
    }

    [Fact]
    public void FormatNumber_MonthAndShortYear_AreTwoDigits()
    {
        var settings = Settings(("numbering.pattern.invoice", "F{yy}{mm}/{counter:3}"));

        Assert.Equal("F2603/007", Format(DocumentType.Invoice, 7, new DateOnly(2026, 3, 31), settings));
        Assert.Equal("F0712/007", Format(DocumentType.Invoice, 7, new DateOnly(2007, 12, 1), settings));
    }

    [Theory]
    [InlineData(123456, "F2026-123456")]
    [InlineData(10_000_000, "F2026-10000000")]
    public void FormatNumber_CounterBeyondItsWidth_GetsMoreDigits(long counter, string expected) =>
        Assert.Equal(expected, Format(DocumentType.Invoice, counter, new DateOnly(2026, 1, 1), Settings()));

    [Fact]
    public void FormatNumber_CounterBelowOne_IsRejected()
    {
        var settings = Settings();
        var series = Scheme.DescribeSeries(new NumberingSeriesRequest(DocumentType.Invoice, settings));

        Assert.Throws<ArgumentOutOfRangeException>(() =>
            Scheme.FormatNumber(new NumberFormatRequest(DocumentType.Invoice, series, 0, new DateOnly(2026, 1, 1), settings)));
    }

    [Fact]
    public void DescribeSeries_IdenticalPatterns_ShareOneCounter()
    {
        var settings = Settings(("numbering.pattern.deposit-invoice", "F{yyyy}-{counter:5}"));

        var invoice = Scheme.DescribeSeries(new NumberingSeriesRequest(DocumentType.Invoice, settings));
        var deposit = Scheme.DescribeSeries(new NumberingSeriesRequest(DocumentType.DepositInvoice, settings));
        var creditNote = Scheme.DescribeSeries(new NumberingSeriesRequest(DocumentType.CreditNote, settings));

        Assert.Equal(invoice.SeriesKey, deposit.SeriesKey);
        Assert.NotEqual(invoice.SeriesKey, creditNote.SeriesKey);
    }

    [Fact]
    public void DescribeSeries_DefaultPatterns_OneSeriesPerTypeResetYearly()
    {
        var settings = Settings();

        var series = Enum.GetValues<DocumentType>().Select(t => Scheme.DescribeSeries(new NumberingSeriesRequest(t, settings))).ToList();

        Assert.Equal(series.Count, series.Select(s => s.SeriesKey).Distinct().Count());
        Assert.All(series, s => Assert.Equal(CounterReset.Yearly, s.Reset));
    }

    [Fact]
    public void DescribeSeries_ResetNever_IsContinuous()
    {
        var series = Scheme.DescribeSeries(new NumberingSeriesRequest(DocumentType.Invoice, Settings(("numbering.reset", "never"))));

        Assert.Equal(CounterReset.Never, series.Reset);
    }

    [Fact]
    public void DescribeSeries_LongPattern_KeyIsHashedDeterministicallyWithin100Characters()
    {
        var longPattern = new string('F', 120) + "{yyyy}-{counter:5}";
        var other = new string('F', 121) + "{yyyy}-{counter:5}";

        var key = Key(DocumentType.Invoice, Settings(("numbering.pattern.invoice", longPattern)));

        Assert.InRange(key.Length, 1, 100);
        Assert.Equal(key, Key(DocumentType.Invoice, Settings(("numbering.pattern.invoice", longPattern))));
        Assert.NotEqual(key, Key(DocumentType.Invoice, Settings(("numbering.pattern.invoice", other))));
    }

    [Fact]
    public void DescribeSeries_YearlyResetWithoutYear_IsABugNotANumber() =>
        Assert.Throws<InvalidOperationException>(() =>
            Scheme.DescribeSeries(new NumberingSeriesRequest(DocumentType.Invoice, Settings(("numbering.pattern.invoice", "F{counter:5}")))));

    [Fact]
    public void FormatNumber_BrokenPattern_IsABugNotANumber()
    {
        var settings = Settings(("numbering.pattern.invoice", "F{yyyy}"));
        var series = new NumberingSeries("p:F{yyyy}", CounterReset.Yearly);

        Assert.Throws<InvalidOperationException>(() =>
            Scheme.FormatNumber(new NumberFormatRequest(DocumentType.Invoice, series, 1, new DateOnly(2026, 1, 1), settings)));
    }

    [Fact]
    public void Capabilities_DeclareTheSchemeGapless() => Assert.False(Scheme.Capabilities.MayLeaveGaps);

    private static SettingValues Settings(params (string Key, string Value)[] values) =>
        Some.Settings(new NumberingSettings().Definitions, values);

    private static string Key(DocumentType type, SettingValues settings) =>
        Scheme.DescribeSeries(new NumberingSeriesRequest(type, settings)).SeriesKey;

    private static string Format(DocumentType type, long counter, DateOnly issueDate, SettingValues settings)
    {
        var series = Scheme.DescribeSeries(new NumberingSeriesRequest(type, settings));
        return Scheme.FormatNumber(new NumberFormatRequest(type, series, counter, issueDate, settings));
    }
}
