using System.Globalization;
using Facturation.Sdk.Numbering;

namespace Facturation.SamplePlugin;

/// <summary>
/// Sample numbering scheme: <c>{prefix}{type code}{year}-{counter}</c>, e.g. <c>INV2026-0042</c>.
/// The host owns the counters; the scheme only picks the series and formats the value it is given.
/// </summary>
public sealed class SampleNameNumberingScheme : INumberingScheme
{
    /// <inheritdoc />
    public string Id => "sample-scheme-id";

    /// <inheritdoc />
    public string DisplayName => "SamplePluginId numbering";

    // Invoices and credit notes must be numbered without gaps: this scheme formats every counter value it gets.
    /// <inheritdoc />
    public NumberingCapabilities Capabilities { get; } = new(MayLeaveGaps: false);

    /// <inheritdoc />
    public NumberingSeries DescribeSeries(NumberingSeriesRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        // The number contains the year, so each series may restart at 1 every year.
        return new NumberingSeries(DocumentCodes.SeriesKey(request.DocumentType), CounterReset.Yearly);
    }

    /// <inheritdoc />
    public string FormatNumber(NumberFormatRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Counter, 1, nameof(request));
        var prefix = request.Settings.GetText(SampleNameNumberingSettings.Prefix) ?? "";
        var width = request.Settings.GetInteger(SampleNameNumberingSettings.Width) ?? SampleNameNumberingSettings.DefaultWidth;
        var year = request.IssueDate.Year.ToString("D4", CultureInfo.InvariantCulture);
        var counter = request.Counter.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
        return $"{prefix}{DocumentCodes.NumberCode(request.DocumentType)}{year}-{counter}";
    }
}
