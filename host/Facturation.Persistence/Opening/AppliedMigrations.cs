using Facturation.Persistence.Sqlite;
using Microsoft.Data.Sqlite;

namespace Facturation.Persistence.Opening;

/// <summary>
/// Reads which migrations a database holds with two small queries on a plain connection, so a process whose database
/// is current never runs EF Core's migrator (which takes a lock and builds every migration's model).
/// </summary>
internal static class AppliedMigrations
{
    /// <summary>EF Core's history table.</summary>
    public const string HistoryTable = "__EFMigrationsHistory";

    /// <summary>The ids of the migrations applied to the database, empty when it has no history table.</summary>
    public static async Task<HashSet<string>> ReadAsync(string connectionString, bool readOnly, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await Execute(connection, SqlitePragmas.For(readOnly), cancellationToken);
        var applied = new HashSet<string>(StringComparer.Ordinal);
        if (!await TableExistsAsync(connection, HistoryTable, cancellationToken))
            return applied;
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"MigrationId\" FROM \"{HistoryTable}\"";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            applied.Add(reader.GetString(0));
        return applied;
    }

    /// <summary>Whether a table exists.</summary>
    public static async Task<bool> TableExistsAsync(SqliteConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
        command.Parameters.AddWithValue("$name", table);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private static async Task Execute(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
