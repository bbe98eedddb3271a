using Facturation.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Fixtures.ThrowingEntry;

public sealed class ThrowingPlugin : IPluginEntry
{
    public void ConfigureServices(IServiceCollection services) =>
        throw new InvalidOperationException("fixture refuses to register");
}
