namespace Facturation.Application.Tests.Concurrency;

/// <summary>
/// A thread-safe test clock that moves forward by a fixed step on every read once started, so concurrent issuers
/// see time pass (and cross midnight) without a timer; reads never go backwards, whichever thread reads.
/// </summary>
/// <param name="start">The instant of the first read.</param>
/// <param name="step">How far each read moves the clock.</param>
internal sealed class SteppingClock(DateTimeOffset start, TimeSpan step) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() =>
        new(Interlocked.Add(ref _ticks, step.Ticks) - step.Ticks, TimeSpan.Zero);
}
