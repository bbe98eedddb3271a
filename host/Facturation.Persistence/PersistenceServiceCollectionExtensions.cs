using Facturation.Persistence;
using Facturation.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

#pragma warning disable IDE0130 // Composition helpers live in the DI namespace, the .NET convention.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Composition of the database.</summary>
public static class PersistenceServiceCollectionExtensions
{
    /// <summary>Registers a <see cref="FacturationDbContext"/> factory on the SQLite file named by <c>Database:Path</c>.</summary>
    /// <param name="services">Services.</param>
    /// <param name="configuration">Configuration.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddFacturationPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new PersistenceOptions();
        configuration.GetSection(PersistenceOptions.SectionName).Bind(options);
        var path = DataPaths.Resolve(options.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        services.AddSingleton(new DatabaseLocation(path));
        services.AddDbContextFactory<FacturationDbContext>(builder => builder
            // Single query: a document's lines and allowances (owned collections) come in one consistent read.
            .UseSqlite($"Data Source={path};Pooling=True", sqlite => sqlite.CommandTimeout(60).UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
            .AddInterceptors(new SqlitePragmas()));
        return services;
    }
}
