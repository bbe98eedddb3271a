namespace Facturation.Plugins.Tests.Scriban;

/// <summary>
/// A clock that moves one millisecond each time it is read, and can cancel a token at its n-th reading. A render's
/// budget reads the clock as the render goes (once at the start, then every few nodes), so the time limit and a
/// cancellation in the middle of a render are tested without depending on how fast the machine is.
/// </summary>
/// <param name="cancellation">Cancelled at the reading <paramref name="cancelAtReading"/>, when given.</param>
/// <param name="cancelAtReading">Which reading cancels (1 = the render's start).</param>
internal sealed class SteppingClock(CancellationTokenSource? cancellation = null, long cancelAtReading = long.MaxValue) : TimeProvider
{
    private long _readings;

    public long Readings => Interlocked.Read(ref _readings);

    public override long TimestampFrequency => 1000;

    public override long GetTimestamp()
    {
        var reading = Interlocked.Increment(ref _readings);
        if (reading == cancelAtReading)
            cancellation?.Cancel();
        return reading;
    }
}
