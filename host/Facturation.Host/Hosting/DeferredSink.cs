using Serilog.Core;
using Serilog.Events;

namespace Facturation.Host.Hosting;

/// <summary>
/// A sink that builds the configured logger (the <c>Serilog</c> section: sinks, file, template) on the first event it
/// receives. A quiet command logs only warnings and errors, so on a normal run nothing arrives and the configuration
/// is never read: Serilog's configuration reader (reflection over the sink assemblies) costs every command tens of
/// milliseconds otherwise.
/// </summary>
/// <param name="create">Builds the configured logger.</param>
internal sealed class DeferredSink(Func<Logger> create) : ILogEventSink, IDisposable
{
    private readonly Lazy<Logger> _logger = new(create, LazyThreadSafetyMode.ExecutionAndPublication);

    public void Emit(LogEvent logEvent) => _logger.Value.Write(logEvent);

    public void Dispose()
    {
        if (_logger.IsValueCreated)
            _logger.Value.Dispose();
    }
}
