namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// A clock stopped in mid-2026: every real invoice of the <c>fec-db</c> seed is issued on the same day of fiscal
/// year 2026, whenever the benchmark runs. One day, because the copies keep their original's issue date and come
/// after the real ones in the journal, and FEC records must come in validation (date) order.
/// </summary>
internal sealed class FecDatabaseClock : TimeProvider
{
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 8, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}
