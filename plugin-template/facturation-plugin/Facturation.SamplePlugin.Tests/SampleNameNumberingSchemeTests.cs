using Facturation.Sdk.Documents;
using Facturation.Sdk.Numbering;
using Facturation.Sdk.Settings;

namespace Facturation.SamplePlugin.Tests;

public sealed class SampleNameNumberingSchemeTests
{
    private readonly SampleNameNumberingScheme _scheme = new();

    [Fact]
    public void FormatNumber_InvoiceWithDefaults_IsTypeCodeYearAndPaddedCounter()
    {
        var number = Format(DocumentType.Invoice, 42, Settings());

        Assert.Equal("INV2026-0042", number);
    }

    [Fact]
    public void FormatNumber_WithCompanyPrefixAndWidth_UsesThem()
    {
        var number = Format(DocumentType.CreditNote, 7, Settings(("prefix", "ACME-"), ("width", "6")));

        Assert.Equal("ACME-CN2026-000007", number);
    }

    [Fact]
    public void FormatNumber_CounterBelowOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Format(DocumentType.Invoice, 0, Settings()));
    }

    [Fact]
    public void DescribeSeries_EachDocumentType_HasItsOwnYearlySeries()
    {
        var series = Enum.GetValues<DocumentType>()
            .Select(type => _scheme.DescribeSeries(new NumberingSeriesRequest(type, Settings())))
            .ToList();

        Assert.Equal(series.Count, series.Select(s => s.SeriesKey).Distinct().Count());
        Assert.All(series, s => Assert.Equal(CounterReset.Yearly, s.Reset));
    }

    [Fact]
    public void Capabilities_NeverLeaveGaps()
    {
        Assert.False(_scheme.Capabilities.MayLeaveGaps);
    }

    private string Format(DocumentType type, long counter, SettingValues settings)
    {
        var series = _scheme.DescribeSeries(new NumberingSeriesRequest(type, settings));
        return _scheme.FormatNumber(new NumberFormatRequest(type, series, counter, new DateOnly(2026, 3, 15), settings));
    }

    // The host hands over values with the declared defaults applied; do the same here.
    private static SettingValues Settings(params (string Key, string Value)[] values) =>
        new SettingValues(values.Select(v => KeyValuePair.Create(v.Key, v.Value)))
            .WithDefaults(new SampleNameNumberingSettings().Definitions);
}
