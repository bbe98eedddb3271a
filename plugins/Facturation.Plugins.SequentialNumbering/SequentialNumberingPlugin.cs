using Facturation.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Plugins.SequentialNumbering;

/// <summary>Entry class: registers the scheme and its settings.</summary>
public sealed class SequentialNumberingPlugin : IPluginEntry
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services) =>
        services.AddNumberingScheme<SequentialNumberingScheme>().AddPluginSettings<SequentialNumberingSettings>();
}
