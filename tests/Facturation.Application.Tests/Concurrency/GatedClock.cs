using Microsoft.Extensions.Time.Testing;

namespace Facturation.Application.Tests.Concurrency;

/// <summary>
/// A stopped <see cref="FakeTimeProvider"/> that can hold one read: the test learns when that read has begun, does
/// something meanwhile, then lets it go. Used to act at a precise point inside an issue (its preparation reads the
/// clock once). FakeTimeProvider moves time but never blocks a reader, hence this small addition on top of it.
/// </summary>
/// <param name="now">The time every read returns.</param>
internal sealed class GatedClock(DateTimeOffset now) : FakeTimeProvider(now)
{
    private readonly Lock _lock = new();
    private TaskCompletionSource? _reached;
    private TaskCompletionSource? _held;
    private TaskCompletionSource? _gate;

    public override DateTimeOffset GetUtcNow()
    {
        TaskCompletionSource? gate;
        lock (_lock)
        {
            gate = _held;
            _held = null;
            _reached?.TrySetResult();
            _reached = null;
        }
        if (gate is not null && !gate.Task.Wait(TimeSpan.FromSeconds(30)))
            throw new TimeoutException("The held clock read was never released.");
        return base.GetUtcNow();
    }

    /// <summary>Holds the next read until <see cref="Release"/>; the task completes once that read has begun.</summary>
    public Task HoldNextReadAsync()
    {
        lock (_lock)
        {
            _reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _held = _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _reached.Task;
        }
    }

    public void Release() => _gate?.TrySetResult();
}
