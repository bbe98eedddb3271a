using Facturation.Host.Cli.Common;
using Facturation.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;

namespace Facturation.Host.Hosting;

/// <summary>
/// Composes the host: configuration (appsettings.json beside the executable, environment variables),
/// Serilog from configuration, the plugins. Every door (CLI, later web and jobs) starts from here.
/// </summary>
public static class FacturationHostBuilder
{
    /// <summary>Creates the host builder; the plugins load when first needed.</summary>
    /// <param name="mode">Server or command (decides what is logged on stderr).</param>
    /// <param name="configure">Extra configuration sources (tests), applied last.</param>
    /// <returns>The builder, ready to build.</returns>
    public static HostApplicationBuilder Create(HostRunMode mode = HostRunMode.Server, Action<IConfigurationBuilder>? configure = null)
    {
        // No defaults: the host's own configuration only (the default builder also adds command-line and user-secrets
        // sources, four logging providers and a watcher on appsettings.json, which every short command paid for).
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables();
        configure?.Invoke(builder.Configuration);
        builder.Configuration.AddInMemoryCollection(LogFiles.AbsolutePaths(builder.Configuration));
        StartupTimeline.Mark("configuration");

        var logger = FacturationLogging.Create(builder.Configuration, mode);
        builder.Services.AddSerilog(logger, dispose: true);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new HostLogFile(LogFiles.Current(builder.Configuration, TimeProvider.System.GetLocalNow())));
        StartupTimeline.Mark("logging");

        // Loaded by the first service that asks for them: 'company list' never does. A quiet command names the plugins
        // that failed to load on stderr (it prints no log line).
        builder.Services.AddFacturationPluginsOnDemand(builder.Configuration, TimeProvider.System, AppContext.BaseDirectory, runtime =>
        {
            StartupTimeline.Mark("plugins");
            if (mode == HostRunMode.Command)
                PluginWarnings.Print(runtime.Catalog);
        });
        builder.Services.AddFacturationPersistence(builder.Configuration);
        builder.Services.AddFacturationApplication();
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.Services.AddHostedService<StartupReport>();
        return builder;
    }
}
