using Facturation.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Facturation.Host.Hosting;

/// <summary>Brings the database to the current schema when the host starts (the server; each command opens it itself).</summary>
internal sealed class DatabaseStartup(DatabaseMigrator migrator, DatabaseLocation location, ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await migrator.OpenAsync(DatabaseAccess.ReadWrite, cancellationToken);
        logger.LogInformation("Database ready: {Path}", location.Path);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
