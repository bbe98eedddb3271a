using Facturation.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Plugins.Scriban;

/// <summary>Entry class: registers the Scriban template engine and the default layouts written for it.</summary>
public sealed class ScribanPlugin : IPluginEntry
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services) =>
        services.AddTemplateEngine<ScribanTemplateEngine>().AddDefaultLayouts<DefaultLayoutProvider>();
}
