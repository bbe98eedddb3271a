using Facturation.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Fixtures.GoodRegime;

public sealed class GoodRegimePlugin(PluginContext context) : IPluginEntry
{
    public void ConfigureServices(IServiceCollection services)
    {
        // Proves the entry class was built through DI with its context.
        services.AddSingleton(new RegimeLabel($"{context.Manifest.Id} {context.Manifest.Version}"));
        services.AddTaxRegime<FlatRegime>();
    }
}
