using Facturation.Persistence;
using Microsoft.Extensions.Configuration;

#pragma warning disable IDE0130 // Composition helpers live in the DI namespace, the .NET convention.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Composition of the database.</summary>
public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="FacturationDbContext"/> factory on the SQLite file named by <c>Database:Path</c> (with the
    /// compiled model, so no process builds the model at start) and the <see cref="DatabaseMigrator"/> that opens it.
    /// Nothing is created on disk here: the migrator creates the file, or its folder, when a command needs it.
    /// </summary>
    /// <param name="services">Services.</param>
    /// <param name="configuration">Configuration.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddFacturationPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new PersistenceOptions();
        configuration.GetSection(PersistenceOptions.SectionName).Bind(options);
        var location = new DatabaseLocation(DataPaths.Resolve(options.Path));
        services.AddSingleton(location);
        services.AddSingleton(options);
        services.AddSingleton(new DatabaseConnection(location));
        services.AddSingleton<DatabaseMigrator>();
        services.AddDbContextFactory<FacturationDbContext>((provider, builder) =>
        {
            // Built once, at the first context: the migrator has chosen read-write or read-only by then.
            var connection = provider.GetRequiredService<DatabaseConnection>();
            FacturationDbContextOptions.Configure(builder, connection.ConnectionString, connection.ReadOnly);
        });
        return services;
    }
}
