using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Sdk.Plugins;

/// <summary>
/// The one class of a plugin that the host builds (through dependency injection) to let the plugin
/// register its services. Its constructor may ask for <see cref="PluginContext"/>,
/// <see cref="Microsoft.Extensions.Logging.ILoggerFactory"/> and <see cref="TimeProvider"/>.
/// </summary>
public interface IPluginEntry
{
    /// <summary>
    /// Registers the plugin's implementations of SDK contracts, for example with
    /// <c>services.AddTaxRegime&lt;MyRegime&gt;()</c>. Called once at host start-up. An exception here
    /// rejects the plugin (reported with its message) and the host goes on with the others.
    /// </summary>
    /// <param name="services">The plugin's service registrations, merged into the host when this returns.</param>
    void ConfigureServices(IServiceCollection services);
}
