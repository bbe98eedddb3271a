#if !WITHOUT_COMPILED_MODEL
using Facturation.Persistence.CompiledModel;
#endif
using Facturation.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Persistence;

/// <summary>The one set-up of a <see cref="FacturationDbContext"/> on SQLite, used by the host's factory and by the migrator.</summary>
public static class FacturationDbContextOptions
{
    /// <summary>Configures <paramref name="builder"/>: the compiled model (no process builds the model at start), SQLite, the pragmas.</summary>
    /// <param name="builder">Options builder.</param>
    /// <param name="connectionString">Connection string.</param>
    /// <param name="readOnly">Whether the connection is read-only.</param>
    /// <returns><paramref name="builder"/>.</returns>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString, bool readOnly)
    {
        ArgumentNullException.ThrowIfNull(builder);
#if !WITHOUT_COMPILED_MODEL
        builder.UseModel(FacturationDbContextModel.Instance);
#endif
        return builder
            // Single query: a document's lines and allowances (owned collections) come in one consistent read.
            .UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(SqliteConnectionStrings.BusyRetrySeconds).UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
            .AddInterceptors(new SqlitePragmas(readOnly));
    }

    /// <summary>Options of a context on <paramref name="connectionString"/>.</summary>
    /// <param name="connectionString">Connection string.</param>
    /// <param name="readOnly">Whether the connection is read-only.</param>
    /// <returns>The options.</returns>
    public static DbContextOptions<FacturationDbContext> For(string connectionString, bool readOnly = false) =>
        (DbContextOptions<FacturationDbContext>)Configure(new DbContextOptionsBuilder<FacturationDbContext>(), connectionString, readOnly).Options;
}
