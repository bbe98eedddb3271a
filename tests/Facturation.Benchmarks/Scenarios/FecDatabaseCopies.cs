using Microsoft.Data.Sqlite;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// Multiplies the real issued invoices with SQL, in one transaction, up to N documents: copy k of an invoice gets
/// a random upper-case id (the text form EF Core writes), the number <c>original-k</c> (also replaced in its
/// snapshot, the text the export reads), a series counter equal to its journal sequence (unique), its lines, and
/// a journal entry continuing the sequence after the real ones. Issue date, totals, company and customer are
/// kept. The hashes are copied as they are: the integrity chain of the copies is not valid and is not verified.
/// </summary>
internal static class FecDatabaseCopies
{
    // Copy c (1, 2 ...) is copy k = (c - 1) / real + 1 of the real invoice at journal sequence (c - 1) % real + 1,
    // and takes journal sequence real + c: round after round of the real invoices, in their order.
    private const string PlanSql = """
        CREATE TEMP TABLE Copies (Sequence INTEGER PRIMARY KEY, SourceId TEXT NOT NULL, K INTEGER NOT NULL, NewId TEXT NOT NULL);
        WITH RECURSIVE Copy(C) AS (SELECT 1 UNION ALL SELECT C + 1 FROM Copy WHERE C < $entries - $real)
        INSERT INTO Copies (Sequence, SourceId, K, NewId)
        SELECT $real + Copy.C, j.DocumentId, (Copy.C - 1) / $real + 1,
               hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
               || substr('89AB', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))
        FROM Copy JOIN JournalEntries j ON j.CompanyId = $company AND j.Sequence = (Copy.C - 1) % $real + 1
        WHERE $entries > $real
        ORDER BY Copy.C;
        """;

    private const string DocumentsSql = """
        INSERT INTO Documents (Id, CompanyId, Type, Status, CustomerId, Number, SeriesKey, SeriesCounter, IssueDate, DeliveryDate, DueDate,
            Currency, ExchangeRate, ExchangeRateDate, ExchangeRateSource, PurchaseOrderReference, PaymentTerms, Note, CorrectedDocumentId,
            SourceQuoteId, DepositPercentage, SnapshotJson, SnapshotHash, TaxExclusiveMinor, TaxTotalMinor, TaxInclusiveMinor, CreditedMinor,
            CreatedAt, IssuedAt, SourceId)
        SELECT c.NewId, d.CompanyId, d.Type, d.Status, d.CustomerId, d.Number || '-' || c.K, d.SeriesKey, c.Sequence, d.IssueDate, d.DeliveryDate, d.DueDate,
            d.Currency, d.ExchangeRate, d.ExchangeRateDate, d.ExchangeRateSource, d.PurchaseOrderReference, d.PaymentTerms, d.Note, d.CorrectedDocumentId,
            d.SourceQuoteId, d.DepositPercentage, replace(d.SnapshotJson, d.Number, d.Number || '-' || c.K), d.SnapshotHash, d.TaxExclusiveMinor,
            d.TaxTotalMinor, d.TaxInclusiveMinor, d.CreditedMinor, d.CreatedAt, d.IssuedAt, d.SourceId
        FROM Copies c JOIN Documents d ON d.Id = c.SourceId
        ORDER BY c.Sequence;
        """;

    private const string LinesSql = """
        INSERT INTO DocumentLines (Position, DocumentId, ItemCode, Description, Quantity, UnitCode, UnitPrice, Discount, Nature, TaxClass, Kind,
            FixedCategory, FixedRate, FixedExemptionReason, FixedExemptionCode, FixedTaxPoint, DeductedDocumentId)
        SELECT l.Position, c.NewId, l.ItemCode, l.Description, l.Quantity, l.UnitCode, l.UnitPrice, l.Discount, l.Nature, l.TaxClass, l.Kind,
            l.FixedCategory, l.FixedRate, l.FixedExemptionReason, l.FixedExemptionCode, l.FixedTaxPoint, l.DeductedDocumentId
        FROM Copies c JOIN DocumentLines l ON l.DocumentId = c.SourceId
        ORDER BY c.Sequence;
        """;

    private const string JournalSql = """
        INSERT INTO JournalEntries (CompanyId, Sequence, DocumentId, DocumentNumber, SnapshotHash, PreviousHash, EntryHash, RecordedAt)
        SELECT j.CompanyId, c.Sequence, c.NewId, j.DocumentNumber || '-' || c.K, j.SnapshotHash, j.PreviousHash, j.EntryHash, j.RecordedAt
        FROM Copies c JOIN JournalEntries j ON j.DocumentId = c.SourceId
        ORDER BY c.Sequence;
        """;

    // Every copy's snapshot must carry its own number, or the export would book it under the original's.
    private const string CheckSql = """
        SELECT (SELECT count(*) FROM JournalEntries WHERE CompanyId = $company),
               (SELECT max(Sequence) FROM JournalEntries WHERE CompanyId = $company),
               (SELECT count(*) FROM Documents WHERE CompanyId = $company AND SnapshotJson IS NOT NULL),
               (SELECT count(*) FROM Documents WHERE CompanyId = $company AND SnapshotJson IS NOT NULL AND instr(SnapshotJson, '"' || Number || '"') = 0);
        """;

    /// <summary>Adds copies until the company has <paramref name="entries"/> issued invoices.</summary>
    public static async Task MultiplyAsync(string databasePath, string companyId, int real, int entries, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        // Same durability pragmas as the application; a larger page cache only for this bulk load.
        await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000; PRAGMA cache_size=-262144;", cancellationToken);
        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken))
        {
            foreach (var sql in (string[])[PlanSql, DocumentsSql, LinesSql, JournalSql])
                await ExecuteAsync(connection, transaction, sql, cancellationToken, companyId, real, entries);
            await transaction.CommitAsync(cancellationToken);
        }
        // The one big transaction went through the WAL: copy it into the database and give the space back.
        await ExecuteAsync(connection, null, "PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
    }

    /// <summary>Counts the company's journal entries and issued documents and checks every snapshot carries its number.</summary>
    public static async Task<FecDatabaseCounts> CheckAsync(string databasePath, string companyId, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var check = connection.CreateCommand();
        check.CommandText = CheckSql;
        check.Parameters.AddWithValue("$company", companyId);
        await using var reader = await check.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new FecDatabaseCounts(reader.GetInt64(0), reader.IsDBNull(1) ? 0 : reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    }

    private static async Task ExecuteAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken,
        string? companyId = null, int real = 0, int entries = 0)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandTimeout = 0;
        command.CommandText = sql;
        if (companyId is not null)
        {
            command.Parameters.AddWithValue("$company", companyId);
            command.Parameters.AddWithValue("$real", real);
            command.Parameters.AddWithValue("$entries", entries);
        }
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
