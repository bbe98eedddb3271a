using Facturation.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Plugins.Handlebars;

/// <summary>Entry class: registers the Handlebars template engine and the default layouts written for it.</summary>
public sealed class HandlebarsPlugin : IPluginEntry
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services) =>
        services.AddTemplateEngine<HandlebarsTemplateEngine>().AddDefaultLayouts<DefaultLayoutProvider>();
}
