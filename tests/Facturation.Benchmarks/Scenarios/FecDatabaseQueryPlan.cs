using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// SQLite's plan for the export's queries, so a report shows whether the journal order comes from an index or from
/// a sort of every row,. The export's SQL is EF Core's translation of <c>SalesJournalSource</c> (captured with
/// <c>ToQueryString</c>); if that query changes, this copy has to follow.
/// </summary>
internal static class FecDatabaseQueryPlan
{
    public const string ExportSql = """
        SELECT "d"."SnapshotJson", "c"."Code", "j"."CompanyId", "j"."Sequence", "d"."Id", "c"."Id", "d1"."Position", "d1"."DocumentId"
        FROM "JournalEntries" AS "j"
        INNER JOIN "Documents" AS "d" ON "j"."DocumentId" = "d"."Id"
        INNER JOIN "Customers" AS "c" ON "d"."CustomerId" = "c"."Id"
        LEFT JOIN (
            SELECT "d0"."Position", "d0"."DocumentId"
            FROM "DocumentLines" AS "d0"
            WHERE "d0"."Kind" = 'DepositDeduction'
        ) AS "d1" ON "d"."Id" = "d1"."DocumentId"
        WHERE "j"."CompanyId" = $company AND "d"."Type" IN ('Invoice', 'CreditNote', 'DepositInvoice') AND "d"."IssueDate" >= '2026-01-01' AND "d"."IssueDate" <= '2026-12-31'
        ORDER BY "j"."Sequence", "j"."CompanyId", "d"."Id", "c"."Id", "d1"."DocumentId"
        """;

    /// <summary>The plan's steps joined with " / ".</summary>
    public static async Task<string> DescribeAsync(string databasePath, string companyId, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        command.Parameters.AddWithValue("$company", companyId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var steps = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
            steps.Add(reader.GetString(3));
        return string.Join(" / ", steps);
    }
}
