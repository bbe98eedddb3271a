using Facturation.Sdk.Numbering;
using Facturation.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Fixtures.Dependent;

public sealed class DependentPlugin : IPluginEntry
{
    public void ConfigureServices(IServiceCollection services) => services.AddNumberingScheme<CountingScheme>();
}

public sealed class CountingScheme : INumberingScheme
{
    public string Id => "fixture-counting";

    public string DisplayName => "Counting";

    public NumberingCapabilities Capabilities { get; } = new(MayLeaveGaps: false);

    public NumberingSeries DescribeSeries(NumberingSeriesRequest request) => new("all", CounterReset.Never);

    public string FormatNumber(NumberFormatRequest request) => "N" + request.Counter;
}
