using System.Globalization;
using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Settings.Configuration;

namespace Facturation.Host.Hosting;

/// <summary>
/// The process's Serilog logger: sinks and levels from the <c>Serilog</c> configuration section (the log file), plus
/// stderr for the server and for a command run with <c>--verbose</c>. A command run without it writes no log line on
/// stderr and only warnings and errors to the file (the configured logger is then built at the first of them), so a
/// normal run prints nothing but its own output.
/// </summary>
internal static class FacturationLogging
{
    private const string ConsoleTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";

    public static Logger Create(IConfiguration configuration, HostRunMode mode)
    {
        if (mode == HostRunMode.Command)
        {
            return new LoggerConfiguration()
                .MinimumLevel.Warning()
                .WriteTo.Sink(new DeferredSink(() => Configured(configuration).CreateLogger()))
                .CreateLogger();
        }
        var logger = Configured(configuration);
        if (mode == HostRunMode.VerboseCommand)
            logger.MinimumLevel.Debug();
        return logger
            .WriteTo.Console(outputTemplate: ConsoleTemplate, standardErrorFromLevel: LogEventLevel.Verbose, formatProvider: CultureInfo.InvariantCulture)
            .CreateLogger();
    }

    private static LoggerConfiguration Configured(IConfiguration configuration) =>
        new LoggerConfiguration()
            // The sink assemblies named, so Serilog does not scan every assembly of the application for sinks.
            .ReadFrom.Configuration(configuration, new ConfigurationReaderOptions(typeof(ConsoleLoggerConfigurationExtensions).Assembly, typeof(FileLoggerConfigurationExtensions).Assembly))
            .Enrich.WithProperty("ProcessId", Environment.ProcessId);
}
