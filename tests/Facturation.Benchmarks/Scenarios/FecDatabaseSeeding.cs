namespace Facturation.Benchmarks.Scenarios;

/// <summary>How the database was seeded (set-up, not measured).</summary>
/// <param name="CompanyId">The company's id as stored (upper-case text).</param>
/// <param name="RealInvoices">Invoices issued through <c>IssueService</c>.</param>
/// <param name="IssueElapsed">Time to create the company and customer and draft and issue them.</param>
/// <param name="CopyElapsed">Time of the SQL copies (one transaction) and the WAL checkpoint after.</param>
/// <param name="CheckElapsed">Time of the counts and snapshot-number check after the copies.</param>
/// <param name="EstimatedBytes">The estimate the free-space check used.</param>
/// <param name="DatabaseBytes">The database file (and WAL) after seeding.</param>
/// <param name="Counts">What the database holds.</param>
/// <param name="ExpectedLines">Lines the export file must have.</param>
internal sealed record FecDatabaseSeeding(
    string CompanyId, int RealInvoices, TimeSpan IssueElapsed, TimeSpan CopyElapsed, TimeSpan CheckElapsed, long EstimatedBytes, long DatabaseBytes, FecDatabaseCounts Counts, long ExpectedLines);
