using Facturation.Application.Accounting;
using Facturation.Application.Issuing;
using Microsoft.Data.Sqlite;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// The line count the export file must have: a header, then one record per ledger line of every entry. The real
/// invoices' entries are built with the application's <see cref="SalesLedger"/> (2 or 3 invoice lines give 4 to 6
/// ledger lines); each copy has as many lines as its original, and the copies go round the originals in order.
/// </summary>
internal static class FecDatabaseExpectedLines
{
    private const string RealSql = """
        SELECT d.SnapshotJson, c.Code
        FROM JournalEntries j JOIN Documents d ON d.Id = j.DocumentId JOIN Customers c ON c.Id = d.CustomerId
        WHERE j.CompanyId = $company AND j.Sequence <= $real
        ORDER BY j.Sequence;
        """;

    public static async Task<long> CountAsync(string databasePath, string companyId, int real, int entries, CancellationToken cancellationToken)
    {
        var ledgerLines = new List<int>(real);
        await using (var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False"))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = RealSql;
            command.Parameters.AddWithValue("$company", companyId);
            command.Parameters.AddWithValue("$real", real);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var document = new SalesDocument(SnapshotJson.Deserialize(reader.GetString(0)), reader.GetString(1), new HashSet<string>());
                ledgerLines.Add(SalesLedger.Entry(document, ledgerLines.Count + 1)?.Lines.Count ?? 0);
            }
        }

        var copies = entries - real;
        long expected = 1;
        for (var rank = 0; rank < ledgerLines.Count; rank++)
        {
            // Copies c = 1 .. copies of the original at rank r are those with (c - 1) % real == r.
            var copiesOfThis = (copies / real) + (rank < copies % real ? 1 : 0);
            expected += ledgerLines[rank] * (1L + copiesOfThis);
        }
        return expected;
    }
}
