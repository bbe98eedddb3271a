using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Facturation.Persistence.Tests;

/// <summary>A database file in a fresh temp folder, and the migrator that opens it (migration lock timeout 1 s).</summary>
internal sealed class TestDatabase : IDisposable
{
    public TestDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("facturation-persistence-").FullName;
        Path = System.IO.Path.Combine(Folder, "facturation.db");
    }

    public string Folder { get; }

    public string Path { get; }

    public string LockPath => Path + "-migration.lock";

    /// <summary>Every migration this program carries, oldest first.</summary>
    public static IReadOnlyList<string> AllMigrations
    {
        get
        {
            using var db = new FacturationDbContext(FacturationDbContextOptions.For("Data Source=:memory:"));
            return db.GetService<IMigrationsAssembly>().Migrations.Keys.Order(StringComparer.Ordinal).ToList();
        }
    }

    public DatabaseConnection Connection { get; private set; } = null!;

    public DatabaseMigrator Migrator(int lockTimeoutSeconds = 1)
    {
        Connection = new DatabaseConnection(new DatabaseLocation(Path));
        return new DatabaseMigrator(Connection, new PersistenceOptions { MigrationLockTimeoutSeconds = lockTimeoutSeconds });
    }

    public FacturationDbContext Context() => new(FacturationDbContextOptions.For(Connection.ConnectionString, Connection.ReadOnly));

    /// <summary>Builds the database as the previous release left it: every migration but the last.</summary>
    public async Task CreateOneMigrationBehindAsync()
    {
        await using var db = new FacturationDbContext(FacturationDbContextOptions.For(Sqlite.SqliteConnectionStrings.Unpooled(Path)));
        await db.GetService<IMigrator>().MigrateAsync(AllMigrations[^2]);
    }

    /// <summary>Leaves EF Core's migration lock row as a process killed while migrating leaves it.</summary>
    public async Task LeaveStaleEfLockAsync(string takenAt)
    {
        await using var connection = new SqliteConnection(Sqlite.SqliteConnectionStrings.Unpooled(Path));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, $taken)";
        command.Parameters.AddWithValue("$taken", takenAt);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(Sqlite.SqliteConnectionStrings.Unpooled(Path));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
