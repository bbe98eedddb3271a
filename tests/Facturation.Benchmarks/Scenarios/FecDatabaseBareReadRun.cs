namespace Facturation.Benchmarks.Scenarios;

/// <summary>One bare read of the journal's rows.</summary>
/// <param name="Elapsed">From opening the connection to the last row read.</param>
/// <param name="Rows">Rows read.</param>
/// <param name="Characters">Characters of the snapshots and customer codes read.</param>
internal sealed record FecDatabaseBareReadRun(TimeSpan Elapsed, long Rows, long Characters);
