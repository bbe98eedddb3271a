using System.Globalization;
using System.Runtime.CompilerServices;
using Facturation.Sdk.Templates;

namespace Facturation.Plugins.Scriban.Rendering;

/// <summary>
/// The limits of one render that Scriban does not enforce itself: time, memory, stack and cancellation. Checked from
/// every node Scriban evaluates, every loop step and every write; a .NET thread cannot be aborted, so a render stops
/// itself by throwing from one of these places. Scriban's own limits (loops, recursion, string size, output size) are
/// set on the context.
/// </summary>
internal sealed class RenderBudget
{
    /// <summary>Most bytes one render may allocate: a 300-line invoice allocates a few megabytes.</summary>
    public const long MaxAllocatedBytes = 512L * 1024 * 1024;

    private readonly RenderLimits _limits;
    private readonly TimeProvider _time;
    private readonly CancellationToken _cancellationToken;
    private readonly long _started;
    private readonly long _allocatedBefore;
    private int _ticks;

    public RenderBudget(RenderLimits limits, TimeProvider time, CancellationToken cancellationToken)
    {
        _limits = limits;
        _time = time;
        _cancellationToken = cancellationToken;
        _started = time.GetTimestamp();
        // Rendering is synchronous on the calling thread, so the thread's allocations are the render's.
        _allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
    }

    /// <summary>
    /// Checks the budget on every 16th call: a call comes with each node evaluated, a fraction of a microsecond apart,
    /// and no node allocates more than a few megabytes (<see cref="SandboxContext.MaxStringChars"/>).
    /// </summary>
    public void Tick()
    {
        if ((++_ticks & 15) == 0)
            Check();
    }

    /// <summary>Throws when the render was cancelled, ran out of time or memory, or is about to overflow the stack.</summary>
    public void Check()
    {
        _cancellationToken.ThrowIfCancellationRequested();
        // Turns a stack about to overflow (which would kill the process) into an exception.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (_time.GetElapsedTime(_started) > _limits.Timeout)
            throw new RenderAbortedException($"The render took longer than {Describe(_limits.Timeout)}.");
        if (GC.GetAllocatedBytesForCurrentThread() - _allocatedBefore > MaxAllocatedBytes)
            throw new RenderAbortedException($"The render used more than {MaxAllocatedBytes / (1024 * 1024)} MB of memory.");
    }

    private static string Describe(TimeSpan timeout) =>
        timeout < TimeSpan.FromSeconds(1)
            ? timeout.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture) + " ms"
            : timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";
}
