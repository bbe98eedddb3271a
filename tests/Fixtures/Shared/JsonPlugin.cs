using Facturation.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Fixtures.Json;

public sealed class JsonPlugin : IPluginEntry
{
    public void ConfigureServices(IServiceCollection services) => services.AddAccountingExport<JsonExport>();
}
