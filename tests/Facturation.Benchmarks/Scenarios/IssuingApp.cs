using Facturation.Application.Issuing;
using Facturation.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// The application services composed as the host composes them (real SQLite file with its pragmas, the bundled
/// plugins loaded from this driver's plugins folder, system clock), on a fresh database in a temp folder.
/// </summary>
internal sealed class IssuingApp : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private IssuingApp(ServiceProvider provider, string folder)
    {
        _provider = provider;
        Folder = folder;
    }

    /// <summary>The temp folder holding the database.</summary>
    public string Folder { get; }

    public IssueService Issuing => _provider.GetRequiredService<IssueService>();

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    /// <param name="cancellationToken">Cancels.</param>
    /// <param name="disabledPlugins">Plugin ids not to load (<c>Plugins:Disabled</c>).</param>
    public static async Task<IssuingApp> StartAsync(CancellationToken cancellationToken, IReadOnlyList<string>? disabledPlugins = null)
    {
        var folder = Directory.CreateTempSubdirectory("facturation-bench-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Plugins:Directory"] = Path.Combine(AppContext.BaseDirectory, "plugins"),
            ["Database:Path"] = Path.Combine(folder, "facturation.db"),
        };
        foreach (var (id, i) in (disabledPlugins ?? []).Select((id, i) => (id, i)))
            settings[$"Plugins:Disabled:{i}"] = id;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddFacturationPlugins(configuration, NullLoggerFactory.Instance, TimeProvider.System, AppContext.BaseDirectory);
        services.AddFacturationPersistence(configuration);
        services.AddFacturationApplication();
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        return new IssuingApp(provider, folder);
    }

    public async Task<FacturationDbContext> DbAsync(CancellationToken cancellationToken) =>
        await _provider.GetRequiredService<IDbContextFactory<FacturationDbContext>>().CreateDbContextAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
