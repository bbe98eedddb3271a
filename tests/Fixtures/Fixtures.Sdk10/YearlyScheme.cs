using Facturation.Sdk.Numbering;

namespace Fixtures.Sdk10;

public sealed class YearlyScheme : INumberingScheme
{
    public string Id => "sdk10-yearly";

    public string DisplayName => "SDK 1.0 yearly";

    public NumberingCapabilities Capabilities { get; } = new(MayLeaveGaps: false);

    public NumberingSeries DescribeSeries(NumberingSeriesRequest request) => new("all", CounterReset.Yearly);

    public string FormatNumber(NumberFormatRequest request) => $"V{request.IssueDate.Year}-{request.Counter}";
}
