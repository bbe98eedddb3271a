using Microsoft.EntityFrameworkCore;

namespace Facturation.Persistence;

/// <summary>Applies pending migrations at start, so a new or older database file is brought to the current schema.</summary>
/// <param name="contexts">Context factory.</param>
public sealed class DatabaseMigrator(IDbContextFactory<FacturationDbContext> contexts)
{
    /// <summary>Migrates the database.</summary>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>A task.</returns>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
