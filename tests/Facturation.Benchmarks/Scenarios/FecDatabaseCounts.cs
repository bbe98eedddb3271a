namespace Facturation.Benchmarks.Scenarios;

/// <summary>What the database holds for the company after the copies.</summary>
/// <param name="JournalEntries">Journal entries.</param>
/// <param name="LastSequence">Highest journal sequence (equal to the count when the sequence is continuous).</param>
/// <param name="IssuedDocuments">Documents with a snapshot.</param>
/// <param name="SnapshotsWithoutTheirNumber">Snapshots whose text does not hold the document's own number (must be 0).</param>
internal sealed record FecDatabaseCounts(long JournalEntries, long LastSequence, long IssuedDocuments, long SnapshotsWithoutTheirNumber);
