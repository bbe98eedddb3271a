using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// SQLite's plan for the export's queries, so a report shows whether the journal order comes from an index or from
/// a sort of every row, and the time of the query the export runs before its first entry. The export's SQL is EF Core's translation of <c>SalesJournalSource</c> (captured with
/// <c>ToQueryString</c>); if that query changes, this copy has to follow.
/// </summary>
internal static class FecDatabaseQueryPlan
{
    public const string ExportSql = """
        SELECT "d"."Id", "d"."SnapshotJson", "c"."Code"
        FROM "JournalEntries" AS "j"
        INNER JOIN "Documents" AS "d" ON "j"."DocumentId" = "d"."Id"
        INNER JOIN "Customers" AS "c" ON "d"."CustomerId" = "c"."Id"
        WHERE "j"."CompanyId" = $company AND "d"."Type" IN ('Invoice', 'CreditNote', 'DepositInvoice') AND "d"."IssueDate" >= '2026-01-01' AND "d"."IssueDate" <= '2026-12-31'
        ORDER BY "j"."Sequence"
        """;

    public const string DeductionsSql = """
        SELECT "d"."Id", "d0"."Kind", "d0"."Position"
        FROM "Documents" AS "d"
        INNER JOIN "DocumentLines" AS "d0" ON "d"."Id" = "d0"."DocumentId"
        WHERE "d"."CompanyId" = $company AND "d"."Type" = 'Invoice' AND "d"."Number" IS NOT NULL AND "d"."IssueDate" >= '2026-01-01' AND "d"."IssueDate" <= '2026-12-31' AND "d0"."Kind" = 'DepositDeduction'
        """;

    /// <summary>Runs <paramref name="sql"/> with a bare reader and counts its rows: how long a query of the export takes alone.</summary>
    public static async Task<(TimeSpan Elapsed, long Rows)> TimeAsync(string databasePath, string companyId, string sql, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$company", companyId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        long rows = 0;
        while (await reader.ReadAsync(cancellationToken))
            rows++;
        return (Stopwatch.GetElapsedTime(started), rows);
    }

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
