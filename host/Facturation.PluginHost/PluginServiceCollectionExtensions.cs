using Facturation.PluginHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

#pragma warning disable IDE0130 // Composition helpers live in the DI namespace, the .NET convention.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Composition of the plugin system into the host's services.</summary>
public static class PluginServiceCollectionExtensions
{
    /// <summary>
    /// Loads the plugins named by the <c>Plugins</c> configuration section and registers their SDK contract
    /// implementations, the <see cref="PluginRuntime"/> and the <see cref="PluginCatalog"/>. Plugins are loaded
    /// here, before the container is built, because they contribute services to it.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host configuration.</param>
    /// <param name="loggerFactory">Logger factory for the loading phase (and handed to plugins).</param>
    /// <param name="timeProvider">Clock handed to plugins.</param>
    /// <param name="baseDirectory">Folder a relative plugins directory is taken from.</param>
    /// <returns>The runtime (also registered as a singleton).</returns>
    /// <exception cref="OptionsValidationException">The <c>Plugins</c> section is invalid.</exception>
    public static PluginRuntime AddFacturationPlugins(
        this IServiceCollection services,
        IConfiguration configuration,
        ILoggerFactory loggerFactory,
        TimeProvider timeProvider,
        string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        AddOptions(services, configuration);

        var runtime = LoadFacturationPlugins(configuration, loggerFactory, timeProvider, baseDirectory);
        // Factory registration: the container then owns the runtime and disposes it (the plugins' containers) at shutdown.
        services.AddSingleton(_ => runtime);
        AddComponents(services, runtime);
        return runtime;
    }

    /// <summary>
    /// Registers the <see cref="PluginRuntime"/> and the <see cref="PluginCatalog"/> of the plugins the <c>Plugins</c>
    /// configuration section names, loaded when first resolved: a command that needs no plugin does not load them.
    /// The configuration is checked now. The SDK contracts are reached through the runtime, not registered one by one.
    /// The container owns the runtime and disposes it.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host configuration.</param>
    /// <param name="timeProvider">Clock handed to plugins.</param>
    /// <param name="baseDirectory">Folder a relative plugins directory is taken from.</param>
    /// <param name="loaded">Called once the plugins are loaded (e.g. to name those that failed).</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="OptionsValidationException">The <c>Plugins</c> section is invalid.</exception>
    public static IServiceCollection AddFacturationPluginsOnDemand(
        this IServiceCollection services,
        IConfiguration configuration,
        TimeProvider timeProvider,
        string baseDirectory,
        Action<PluginRuntime>? loaded = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        AddOptions(services, configuration);
        var options = ValidOptions(configuration);
        services.AddSingleton(provider =>
        {
            var loggers = provider.GetRequiredService<ILoggerFactory>();
            var runtime = Load(options, loggers, timeProvider, baseDirectory);
            loaded?.Invoke(runtime);
            return runtime;
        });
        services.AddSingleton(provider => provider.GetRequiredService<PluginRuntime>().Catalog);
        return services;
    }

    /// <summary>
    /// Registers the contract implementations of plugins already loaded, with the runtime and its catalogue. The
    /// container does not own the runtime: its owner disposes it (several containers of one process can share it).
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="runtime">Plugins loaded by <see cref="LoadFacturationPlugins"/>.</param>
    /// <returns>The same runtime.</returns>
    public static PluginRuntime AddFacturationPlugins(this IServiceCollection services, PluginRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(runtime);
        services.AddSingleton(runtime);
        AddComponents(services, runtime);
        return runtime;
    }

    /// <summary>Loads the plugins the <c>Plugins</c> configuration section names, without registering them.</summary>
    /// <param name="configuration">The host configuration.</param>
    /// <param name="loggerFactory">Logger factory for the loading phase (and handed to plugins).</param>
    /// <param name="timeProvider">Clock handed to plugins.</param>
    /// <param name="baseDirectory">Folder a relative plugins directory is taken from.</param>
    /// <returns>The runtime; its caller disposes it.</returns>
    /// <exception cref="OptionsValidationException">The <c>Plugins</c> section is invalid.</exception>
    public static PluginRuntime LoadFacturationPlugins(
        IConfiguration configuration, ILoggerFactory loggerFactory, TimeProvider timeProvider, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Load(ValidOptions(configuration), loggerFactory, timeProvider, baseDirectory);
    }

    private static void AddOptions(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PluginHostOptions>().Bind(configuration.GetSection(PluginHostOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PluginHostOptions>, PluginHostOptionsValidator>());
    }

    private static PluginHostOptions ValidOptions(IConfiguration configuration)
    {
        var options = new PluginHostOptions();
        configuration.GetSection(PluginHostOptions.SectionName).Bind(options);
        var validation = new PluginHostOptionsValidator().Validate(null, options);
        if (validation.Failed)
            throw new OptionsValidationException(PluginHostOptions.SectionName, typeof(PluginHostOptions), validation.Failures);
        return options;
    }

    private static PluginRuntime Load(PluginHostOptions options, ILoggerFactory loggerFactory, TimeProvider timeProvider, string baseDirectory)
    {
        var loader = new PluginLoader(new PluginActivator(loggerFactory, timeProvider), loggerFactory.CreateLogger<PluginLoader>());
        return loader.LoadAll(options.ResolveDirectory(baseDirectory), options.Disabled);
    }

    private static void AddComponents(IServiceCollection services, PluginRuntime runtime)
    {
        services.AddSingleton(runtime.Catalog);
        foreach (var component in runtime.Components)
            services.AddSingleton(component.Contract, component.Instance);
    }
}
