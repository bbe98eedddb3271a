using Facturation.Host.Hosting;
using Facturation.Persistence;
using Facturation.Persistence.Opening;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Extensions.Logging;

namespace Facturation.Host.Cli.Common;

/// <summary>
/// Ends a command that threw: a storage problem (disk full, read-only, permission, not a database, corrupt, locked)
/// is one line naming the file and the cause (exit 74); anything else is an internal error, one line with the log
/// file's path (exit 70). The full exception goes to the log file, and to stderr only with <c>--verbose</c>.
/// </summary>
internal static class CliFaults
{
    /// <summary>Reports <paramref name="exception"/> and returns the exit code.</summary>
    /// <param name="exception">What was thrown.</param>
    /// <param name="services">The host's services, or <see langword="null"/> when the host was not built.</param>
    /// <returns>The exit code.</returns>
    public static int Report(Exception exception, IServiceProvider? services)
    {
        if (exception is OperationCanceledException)
        {
            Console.Error.WriteLine("Interrupted.");
            return ExitCodes.Interrupted;
        }
        var databasePath = services?.GetService<DatabaseLocation>()?.Path ?? DataPaths.Resolve(new PersistenceOptions().Path);
        using var log = FaultLog.Open(services);
        if (DatabaseFailures.Recognise(exception, databasePath) is { } failure)
        {
            log.Logger.LogError(exception, "{Failure}", failure.Message);
            Console.Error.WriteLine(failure.Message);
            WriteDetails(exception);
            return ExitCodes.StorageFailure;
        }
        log.Logger.LogCritical(exception, "Internal error");
        var details = log.File is null ? "no log file is configured (Serilog:WriteTo)"
            : File.Exists(log.File) ? $"details in {log.File}"
            : $"the log file {log.File} could not be written";
        Console.Error.WriteLine($"Internal error: {exception.GetType().Name}: {FirstLine(exception.Message)} ({details}; --verbose prints them here).");
        WriteDetails(exception);
        return ExitCodes.InternalError;
    }

    private static void WriteDetails(Exception exception)
    {
        if (FacturationCli.Verbose)
            Console.Error.WriteLine(exception);
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return (end < 0 ? text : text[..end]).Trim();
    }

    /// <summary>The host's logger, or, when the host was not built, a logger on the default log file (flushed when disposed).</summary>
    private sealed class FaultLog : IDisposable
    {
        private readonly IDisposable? _owned;

        private FaultLog(Microsoft.Extensions.Logging.ILogger logger, string? file, IDisposable? owned)
        {
            Logger = logger;
            File = file;
            _owned = owned;
        }

        public Microsoft.Extensions.Logging.ILogger Logger { get; }

        public string? File { get; }

        public static FaultLog Open(IServiceProvider? services)
        {
            if (services?.GetService<ILoggerFactory>() is { } factory)
                return new FaultLog(factory.CreateLogger("Facturation.Cli"), services.GetService<HostLogFile>()?.Path, null);
            // The host failed to build: log where the default configuration would have.
            var path = DataPaths.Resolve(Path.Combine("logs", "facturation-.log"));
            var serilog = new LoggerConfiguration().WriteTo.File(path, rollingInterval: RollingInterval.Day, formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateLogger();
            var loggers = new SerilogLoggerFactory(serilog, dispose: true);
            var file = Path.Combine(Path.GetDirectoryName(path)!, $"facturation-{TimeProvider.System.GetLocalNow():yyyyMMdd}.log");
            return new FaultLog(loggers.CreateLogger("Facturation.Cli"), file, loggers);
        }

        public void Dispose() => _owned?.Dispose();
    }
}
