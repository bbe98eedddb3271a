using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Numbering;
using Facturation.Sdk.Settings;

namespace Facturation.Plugins.France.Numbering;

/// <summary>
/// Legal French numbering from a pattern per document type, e.g. <c>F{yyyy}-{counter:5}</c> gives
/// <c>F2026-00042</c>. Gapless: it only formats the host's counter, taken when the document is issued
/// (CGI annexe II art. 242 nonies A: a chronological, continuous series). Types with identical patterns share a
/// series; settings validation guarantees that different patterns never print the same number.
/// </summary>
public sealed class FranceNumberingScheme : INumberingScheme
{
    /// <inheritdoc />
    public string Id => "fr-numbering";

    /// <inheritdoc />
    public string DisplayName => "Numérotation légale (France)";

    /// <inheritdoc />
    public NumberingCapabilities Capabilities { get; } = new(MayLeaveGaps: false);

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The settings were not validated: the pattern is broken or a yearly reset has no year.</exception>
    public NumberingSeries DescribeSeries(NumberingSeriesRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pattern = PatternOf(request.DocumentType, request.Settings);
        var reset = NumberingSettings.ResetOf(request.Settings);
        if (reset == CounterReset.Yearly && !pattern.ContainsYear)
            throw new InvalidOperationException($"Numbering settings were not validated: a yearly reset needs the year in '{pattern.Text}'.");
        return new NumberingSeries(SeriesKey.Of(pattern.Text), reset);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">The counter is below 1.</exception>
    /// <exception cref="InvalidOperationException">The settings were not validated: the pattern is broken.</exception>
    public string FormatNumber(NumberFormatRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Counter, 1, nameof(request));
        return PatternOf(request.DocumentType, request.Settings).Format(request.Counter, request.IssueDate);
    }

    private static NumberPattern PatternOf(DocumentType type, SettingValues settings)
    {
        var problems = new List<Problem>();
        return NumberPattern.Parse(NumberingSettings.PatternOf(type, settings), NumberingSettings.PatternKeyOf(type), problems)
            ?? throw new InvalidOperationException("Numbering settings were not validated: " + string.Join(" ", problems.Select(p => p.Message)));
    }
}
