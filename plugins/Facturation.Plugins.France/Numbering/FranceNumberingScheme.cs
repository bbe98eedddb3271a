using Facturation.Sdk.Numbering;

namespace Facturation.Plugins.France.Numbering;

/// <summary>STUB — being written.</summary>
public sealed class FranceNumberingScheme : INumberingScheme
{
    /// <inheritdoc />
    public string Id => "fr-numbering";

    /// <inheritdoc />
    public string DisplayName => "Numérotation légale (France)";

    /// <inheritdoc />
    public NumberingCapabilities Capabilities { get; } = new(MayLeaveGaps: false);

    /// <inheritdoc />
    public NumberingSeries DescribeSeries(NumberingSeriesRequest request) => throw new NotSupportedException("stub");

    /// <inheritdoc />
    public string FormatNumber(NumberFormatRequest request) => throw new NotSupportedException("stub");
}
