using Facturation.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// The application services composed as the host composes them (real SQLite file with its pragmas, the bundled
/// plugins loaded from this driver's plugins folder), like <see cref="IssuingApp"/> but on a clock stopped at
/// <see cref="ClockTime"/>; the temp folder, database and export files included, is deleted on dispose.
/// </summary>
internal sealed class FecDatabaseApp : IAsyncDisposable
{
    /// <summary>
    /// Mid-2026: every real invoice of the <c>fec-db</c> seed is issued on the same day of fiscal year 2026, whenever the
    /// benchmark runs. One day, because the copies keep their original's issue date and come after the real ones in the
    /// journal, and FEC records must come in validation (date) order.
    /// </summary>
    public static readonly DateTimeOffset ClockTime = new(2026, 6, 15, 8, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _provider;

    private FecDatabaseApp(ServiceProvider provider, string folder)
    {
        _provider = provider;
        Folder = folder;
    }

    /// <summary>The temp folder holding the database (and the export folder).</summary>
    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "facturation.db");

    /// <summary>The database file and its WAL, in bytes.</summary>
    public long DatabaseBytes => new[] { DatabasePath, DatabasePath + "-wal" }.Select(p => new FileInfo(p)).Where(f => f.Exists).Sum(f => f.Length);

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    public static async Task<FecDatabaseApp> StartAsync(CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("facturation-fec-db-").FullName;
        var clock = new FakeTimeProvider(ClockTime);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Plugins:Directory"] = Path.Combine(AppContext.BaseDirectory, "plugins"),
            ["Database:Path"] = Path.Combine(folder, "facturation.db"),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddFacturationPlugins(configuration, NullLoggerFactory.Instance, clock, AppContext.BaseDirectory);
        services.AddFacturationPersistence(configuration);
        services.AddFacturationApplication();
        var provider = services.BuildServiceProvider();
        try
        {
            await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        }
        catch
        {
            await provider.DisposeAsync();
            Directory.Delete(folder, recursive: true);
            throw;
        }
        return new FecDatabaseApp(provider, folder);
    }

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
