using System.Globalization;
using Facturation.Sdk.Numbering;

namespace Facturation.Plugins.SequentialNumbering;

/// <summary>
/// Numbers as <c>{prefix}{year}-{counter}</c> (yearly) or <c>{prefix}{counter}</c>, the counter zero-padded.
/// Gapless: it formats the host's counter and never skips a value (CGI art. 242 nonies A).
/// </summary>
public sealed class SequentialNumberingScheme : INumberingScheme
{
    /// <inheritdoc />
    public string Id => "sequential";

    /// <inheritdoc />
    public string DisplayName => "Sequential numbering";

    /// <inheritdoc />
    public NumberingCapabilities Capabilities { get; } = new(MayLeaveGaps: false);

    /// <inheritdoc />
    public NumberingSeries DescribeSeries(NumberingSeriesRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var yearly = request.Settings.GetBoolean(SequentialNumberingSettings.Yearly) ?? true;
        return new NumberingSeries(SeriesKeys.Of(request.DocumentType), yearly ? CounterReset.Yearly : CounterReset.Never);
    }

    /// <inheritdoc />
    public string FormatNumber(NumberFormatRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Counter, 1, nameof(request));
        var settings = request.Settings;
        var prefix = settings.GetText(SequentialNumberingSettings.PrefixKey + SeriesKeys.Of(request.DocumentType)) ?? "";
        var width = settings.GetInteger(SequentialNumberingSettings.Width) ?? 5;
        var counter = request.Counter.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
        return request.Series.Reset == CounterReset.Yearly
            ? $"{prefix}{request.IssueDate.Year.ToString("D4", CultureInfo.InvariantCulture)}-{counter}"
            : prefix + counter;
    }
}
