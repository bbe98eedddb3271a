using Facturation.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.SamplePlugin;

/// <summary>Entry class: the host builds it once at start-up and lets it register the plugin's services.</summary>
public sealed class SampleNamePlugin : IPluginEntry
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services) =>
        services.AddNumberingScheme<SampleNameNumberingScheme>().AddPluginSettings<SampleNameNumberingSettings>();
}
