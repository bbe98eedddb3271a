using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// The floor under one-transaction-per-issue: a bare SQLite loop on the same disk and with the same pragmas (WAL,
/// synchronous=FULL), each iteration BEGIN IMMEDIATE, one INSERT of a snapshot-sized row, COMMIT (one WAL fsync).
/// </summary>
internal static class SqliteCommitBaseline
{
    private const int PayloadBytes = 4096;

    /// <summary>Commits per second, and the time of each commit in milliseconds.</summary>
    public static async Task<(double CommitsPerSecond, IReadOnlyList<double> Latencies)> RunAsync(int commits, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("facturation-baseline-").FullName;
        try
        {
            await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "baseline.db")};Pooling=False");
            await connection.OpenAsync(cancellationToken);
            await ExecuteAsync(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE Rows (Id INTEGER PRIMARY KEY, Payload TEXT NOT NULL);", cancellationToken);
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO Rows (Payload) VALUES ($payload);";
            insert.Parameters.AddWithValue("$payload", new string('x', PayloadBytes));
            var latencies = new List<double>(commits);
            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < commits; i++)
            {
                var began = Stopwatch.GetTimestamp();
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                insert.Transaction = transaction;
                await insert.ExecuteNonQueryAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                latencies.Add(Stopwatch.GetElapsedTime(began).TotalMilliseconds);
            }
            return (commits / Stopwatch.GetElapsedTime(started).TotalSeconds, latencies);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
