namespace Facturation.Persistence;

/// <summary>What opening the database did.</summary>
/// <param name="Created">The database file was created (whole, from a temporary file).</param>
/// <param name="Applied">Migrations applied now (empty when the schema was current: nothing was locked or written).</param>
/// <param name="StaleLockTakenAt">
/// When EF Core's migration lock left by a process that died while upgrading had been taken (its row's timestamp);
/// the lock was removed. <see langword="null"/> when there was none.
/// </param>
/// <param name="Access">How the file is open for this process.</param>
public sealed record DatabaseReadiness(bool Created, IReadOnlyList<string> Applied, string? StaleLockTakenAt, DatabaseAccess Access);
