using System.Diagnostics;
using Facturation.PluginHost;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Facturation.Host.Hosting;

/// <summary>Logs, once the host runs, how long start-up took and what was loaded.</summary>
internal sealed class StartupReport(PluginCatalog catalog, TimeProvider timeProvider, ILogger<StartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        using var process = Process.GetCurrentProcess();
        var sinceProcessStart = timeProvider.GetUtcNow() - new DateTimeOffset(process.StartTime);
        logger.LogInformation(
            "Facturation host started in {Startup:0} ms: {Loaded} plugin(s) loaded, {Failed} failed. Press Ctrl+C to stop.",
            sinceProcessStart.TotalMilliseconds, catalog.Loaded.Count(), catalog.Failed.Count());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
