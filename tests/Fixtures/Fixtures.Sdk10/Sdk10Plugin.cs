using Facturation.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Fixtures.Sdk10;

public sealed class Sdk10Plugin : IPluginEntry
{
    public void ConfigureServices(IServiceCollection services) =>
        services.AddNumberingScheme<YearlyScheme>().AddTaxRegime<HalfRegime>();
}
