using System.Reflection;
using System.Runtime.Loader;
using Facturation.Sdk;
using Facturation.Sdk.Plugins;
using McMaster.NETCore.Plugins.Loader;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Facturation.PluginHost;

/// <summary>
/// Loads one plugin's entry assembly in its own collectible context (McMaster.NETCore.Plugins: the plugin's own
/// dependencies come from its folder through its <c>.deps.json</c>, only <see cref="SharedAssemblies"/> from the
/// host), finds its entry class, builds it through dependency injection and lets it register its services. Any
/// failure unloads the context and is reported with its case.
/// </summary>
public sealed class PluginActivator(ILoggerFactory loggerFactory, TimeProvider timeProvider)
{
    /// <summary>Activates the plugin in <paramref name="folder"/> described by <paramref name="manifest"/>.</summary>
    /// <param name="folder">Absolute plugin folder.</param>
    /// <param name="manifest">Its valid manifest.</param>
    /// <returns>The loaded plugin.</returns>
    /// <exception cref="PluginActivationException">The plugin cannot be activated; the context is unloaded.</exception>
    public LoadedPlugin Activate(string folder, PluginManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var entryPath = Path.GetFullPath(Path.Combine(folder, manifest.EntryAssembly));
        if (!File.Exists(entryPath))
            throw new PluginActivationException(PluginFailure.EntryAssemblyNotLoadable, $"entry assembly '{manifest.EntryAssembly}' is missing from the plugin folder");

        var context = CreateContext(manifest, entryPath);
        try
        {
            var assembly = LoadEntryAssembly(context, manifest, entryPath);
            var entryType = FindEntryType(assembly, manifest);
            var pluginContext = new PluginContext(manifest, folder, SdkInfo.Version);
            var services = new ServiceCollection();
            Configure(entryType, pluginContext, services);
            return Build(context, pluginContext, services);
        }
        catch
        {
            context.Unload();
            throw;
        }
    }

    private static AssemblyLoadContext CreateContext(PluginManifest manifest, string entryPath)
    {
        // McMaster's context builder rather than its PluginLoader.CreateFromAssemblyFile: the latter also reads the
        // host's *.runtimeconfig.json through reflection-based System.Text.Json and inspects the process's modules
        // for every plugin, which added ~100 ms to every command's start for probing paths this host never uses.
        var builder = new AssemblyLoadContextBuilder()
            .SetMainAssemblyPath(entryPath)
            .EnableUnloading()
            // Lazy: a shared assembly's own references are shared when first asked for, instead of its whole
            // reference graph being walked (and loaded) for every plugin at start-up.
            .IsLazyLoaded(true);
        foreach (var shared in SharedAssemblies.Types)
            builder.PreferDefaultLoadContextAssembly(shared.Assembly.GetName());
        try
        {
            return builder.Build();
        }
        catch (InvalidOperationException ex)
        {
            // The runtime's dependency resolver refuses an unreadable .deps.json here.
            throw new PluginActivationException(PluginFailure.EntryAssemblyNotLoadable,
                $"dependencies of '{manifest.EntryAssembly}' cannot be resolved: {ex.Message}", ex);
        }
    }

    private static Assembly LoadEntryAssembly(AssemblyLoadContext context, PluginManifest manifest, string entryPath)
    {
        try
        {
            return context.LoadFromAssemblyPath(entryPath);
        }
        catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or FileNotFoundException)
        {
            throw new PluginActivationException(PluginFailure.EntryAssemblyNotLoadable,
                $"entry assembly '{manifest.EntryAssembly}' cannot be loaded: {ex.Message}", ex);
        }
    }

    private static Type FindEntryType(Assembly assembly, PluginManifest manifest)
    {
        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception ex) when (ex is ReflectionTypeLoadException or FileNotFoundException or FileLoadException or TypeLoadException)
        {
            throw new PluginActivationException(PluginFailure.EntryAssemblyNotLoadable,
                $"types of '{manifest.EntryAssembly}' cannot be read (a dependency is missing or built for another SDK): {ex.Message}", ex);
        }
        var entries = types.Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPluginEntry).IsAssignableFrom(t)).ToList();
        if (manifest.EntryType is { } named)
        {
            return entries.FirstOrDefault(t => t.FullName == named)
                ?? throw new PluginActivationException(PluginFailure.EntryTypeNotFound,
                    $"entry class '{named}' named in plugin.json is not a public class implementing {nameof(IPluginEntry)} in '{manifest.EntryAssembly}'");
        }
        return entries.Count switch
        {
            1 => entries[0],
            0 => throw new PluginActivationException(PluginFailure.EntryTypeNotFound,
                $"no public class implementing {typeof(IPluginEntry).FullName} in '{manifest.EntryAssembly}'"),
            _ => throw new PluginActivationException(PluginFailure.EntryTypeNotFound,
                $"several entry classes in '{manifest.EntryAssembly}' ({string.Join(", ", entries.Select(e => e.FullName))}); name one in plugin.json 'entryType'"),
        };
    }

    private LoadedPlugin Build(AssemblyLoadContext context, PluginContext pluginContext, ServiceCollection services)
    {
        var contracts = services.Select(d => d.ServiceType).Where(t => ExtensionAreas.AreaOf(t) is not null).Distinct().ToList();
        AddHostServices(services, pluginContext);
        ServiceProvider? provider = null;
        try
        {
            provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
            var components = contracts
                .SelectMany(contract => provider.GetServices(contract).Select(instance =>
                    new PluginComponent(pluginContext.Manifest.Id, contract, instance!)))
                .ToList();
            return new LoadedPlugin(context, pluginContext, provider, components);
        }
        catch (Exception ex)
        {
            provider?.Dispose();
            var cause = ex is TargetInvocationException { InnerException: { } inner } ? inner : ex;
            throw new PluginActivationException(PluginFailure.ServicesFailed,
                $"services registered by the plugin cannot be built: {cause.GetType().Name}: {cause.Message}", cause);
        }
    }

    private void AddHostServices(ServiceCollection services, PluginContext pluginContext)
    {
        services.AddSingleton(pluginContext);
        services.AddSingleton(loggerFactory);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton(timeProvider);
    }

    private void Configure(Type entryType, PluginContext pluginContext, ServiceCollection services)
    {
        try
        {
            var bootstrapServices = new ServiceCollection();
            AddHostServices(bootstrapServices, pluginContext);
            using var bootstrap = bootstrapServices.BuildServiceProvider();
            var entry = (IPluginEntry)ActivatorUtilities.CreateInstance(bootstrap, entryType);
            entry.ConfigureServices(services);
        }
        catch (Exception ex)
        {
            var cause = ex is TargetInvocationException { InnerException: { } inner } ? inner : ex;
            throw new PluginActivationException(PluginFailure.EntryThrew,
                $"entry class {entryType.FullName} threw {cause.GetType().Name}: {cause.Message}", cause);
        }
    }
}
