using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Extensions.Logging;

namespace Facturation.Host.Hosting;

/// <summary>
/// Composes the host: configuration (appsettings.json beside the executable, environment variables),
/// Serilog from configuration, the plugins. Every door (CLI, later web and jobs) starts from here.
/// </summary>
public static class FacturationHostBuilder
{
    /// <summary>Creates the host builder with plugins loaded.</summary>
    /// <param name="configure">Extra configuration sources (tests), applied last.</param>
    /// <returns>The builder, ready to build.</returns>
    public static HostApplicationBuilder Create(Action<IConfigurationBuilder>? configure = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            // The CLI parses the command line itself; configuration comes from files and environment.
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        configure?.Invoke(builder.Configuration);

        var logger = new LoggerConfiguration().ReadFrom.Configuration(builder.Configuration).CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        builder.Services.AddSingleton(TimeProvider.System);

        using var startupLoggers = new SerilogLoggerFactory(logger);
        builder.Services.AddFacturationPlugins(builder.Configuration, startupLoggers, TimeProvider.System, AppContext.BaseDirectory);
        builder.Services.AddFacturationPersistence(builder.Configuration);
        builder.Services.AddFacturationApplication();
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.Services.AddHostedService<StartupReport>();
        return builder;
    }
}
