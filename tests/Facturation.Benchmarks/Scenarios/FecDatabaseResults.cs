namespace Facturation.Benchmarks.Scenarios;

/// <summary>Everything one <c>fec-db</c> run measured.</summary>
/// <param name="Entries">Invoices (entries) exported.</param>
/// <param name="Seeding">The set-up.</param>
/// <param name="Export">The measured export.</param>
/// <param name="ReadBefore">Bare read of the same rows before the export.</param>
/// <param name="ReadAfter">The same bare read after the export.</param>
/// <param name="Writer">The France plugin's writer alone on as many synthetic 4-line entries.</param>
/// <param name="Plans">SQLite's plans: export query, bare read.</param>
internal sealed record FecDatabaseResults(
    int Entries, FecDatabaseSeeding Seeding, FecDatabaseExportRun Export, FecDatabaseBareReadRun ReadBefore, FecDatabaseBareReadRun ReadAfter,
    FecPass Writer, IReadOnlyList<string> Plans);
