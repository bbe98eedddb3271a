using System.Globalization;
using Facturation.Benchmarks.Running;
using Microsoft.Data.Sqlite;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// Refuses to fill the disk: the copies are written in one transaction through the WAL (so the database briefly
/// takes about twice its size), then the export file is written beside it. The estimate is rough: the real
/// snapshots' average size plus a fixed allowance per document for its other columns, lines, journal entry, the
/// indexes and the part-empty overflow page a ~4 KB snapshot spills into (measured: ~7.5 KB per document in all),
/// and a generous size per FEC record.
/// </summary>
internal static class FecDatabaseDisk
{
    public const int SafetyFactor = 3;
    private const long RowAllowanceBytes = 4096;
    private const long RecordAllowanceBytes = 220;

    /// <summary>Estimated bytes of the database and export file; throws when free space is under 3 times that.</summary>
    public static async Task<long> EnsureRoomAsync(string databasePath, string companyId, int entries, long expectedLines, CancellationToken cancellationToken)
    {
        double averageSnapshot;
        await using (var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False"))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT avg(length(SnapshotJson)) FROM Documents WHERE CompanyId = $company AND SnapshotJson IS NOT NULL;";
            command.Parameters.AddWithValue("$company", companyId);
            averageSnapshot = Convert.ToDouble(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        var estimated = (long)(entries * (averageSnapshot + RowAllowanceBytes)) + (expectedLines * RecordAllowanceBytes);
        var drive = new DriveInfo(Path.GetDirectoryName(databasePath)!);
        if (drive.AvailableFreeSpace < SafetyFactor * estimated)
        {
            throw new BenchmarkAbortedException(string.Create(CultureInfo.InvariantCulture,
                $"Not enough free disk for {entries:N0} entries: the database and export file need about {estimated / 1e9:0.0} GB (snapshots of {averageSnapshot:0} characters on average), {SafetyFactor}x that is {SafetyFactor * estimated / 1e9:0.0} GB, but {drive.AvailableFreeSpace / 1e9:0.0} GB are free on {drive.Name} (temp folder {Path.GetDirectoryName(databasePath)}). Use a smaller --entries or free some space."));
        }
        return estimated;
    }
}
