using Facturation.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Plugins.StandardVat;

/// <summary>Entry class: registers the regime and its settings.</summary>
public sealed class StandardVatPlugin : IPluginEntry
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services) =>
        services.AddTaxRegime<StandardVatRegime>().AddPluginSettings<StandardVatSettings>();
}
