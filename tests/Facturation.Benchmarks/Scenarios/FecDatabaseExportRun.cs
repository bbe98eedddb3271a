namespace Facturation.Benchmarks.Scenarios;

/// <summary>The measured export.</summary>
/// <param name="Elapsed">The <c>ExportAsync</c> call, from the company read to the file renamed.</param>
/// <param name="Entries">Entries the service reports written.</param>
/// <param name="FileName">The file's name.</param>
/// <param name="FileBytes">The file's size.</param>
/// <param name="Lines">Lines counted in the file (header included).</param>
/// <param name="Samples">Memory and file size every 250 ms.</param>
/// <param name="Gen0">Gen-0 collections during the export.</param>
/// <param name="Gen2">Gen-2 collections during the export.</param>
/// <param name="AllocatedBytes">Bytes allocated by the process during the export.</param>
internal sealed record FecDatabaseExportRun(
    TimeSpan Elapsed, long Entries, string FileName, long FileBytes, long Lines, IReadOnlyList<FecDatabaseSample> Samples, int Gen0, int Gen2, long AllocatedBytes);
