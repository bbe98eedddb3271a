using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// The floor under the export: the same rows in the same order (journal ⋈ documents ⋈ customers by journal
/// sequence) streamed with a bare Microsoft.Data.Sqlite reader on its own connection, each snapshot read as a
/// string and only its length summed: no JSON, no ledger, no file.
/// </summary>
internal static class FecDatabaseBareRead
{
    public const string Sql = """
        SELECT d.SnapshotJson, c.Code
        FROM JournalEntries j JOIN Documents d ON d.Id = j.DocumentId JOIN Customers c ON c.Id = d.CustomerId
        WHERE j.CompanyId = $company
        ORDER BY j.Sequence;
        """;

    public static async Task<FecDatabaseBareReadRun> RunAsync(string databasePath, string companyId, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.Parameters.AddWithValue("$company", companyId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        long rows = 0, characters = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            rows++;
            characters += reader.GetString(0).Length + reader.GetString(1).Length;
        }
        return new FecDatabaseBareReadRun(Stopwatch.GetElapsedTime(started), rows, characters);
    }
}
