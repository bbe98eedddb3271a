using System.Globalization;
using System.Runtime.CompilerServices;
using Facturation.Sdk.Templates;

namespace Facturation.Plugins.Handlebars.Rendering;

/// <summary>
/// The limits of one render, checked from the places a template's work goes through: every write to the output, every
/// member or list element read from the view model, every helper call and every partial entered. A .NET thread cannot
/// be aborted, so a render stops itself by throwing from one of these places.
/// </summary>
internal sealed class RenderBudget
{
    // Rendering is synchronous on the calling thread; partials and helpers find the render they belong to here.
    [ThreadStatic]
    private static RenderBudget? _current;

    private readonly RenderLimits _limits;
    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly CancellationToken _cancellationToken;
    private int _partialDepth;
    private int _checks;

    public RenderBudget(RenderLimits limits, TimeProvider time, CancellationToken cancellationToken)
    {
        _limits = limits;
        _time = time;
        _cancellationToken = cancellationToken;
        _started = time.GetTimestamp();
    }

    /// <summary>The render running on this thread.</summary>
    public static RenderBudget Current =>
        _current ?? throw new InvalidOperationException("A Handlebars template ran outside of a sandboxed render.");

    /// <summary>Largest output allowed, in characters.</summary>
    public long MaxOutputChars => _limits.MaxOutputChars;

    /// <summary>Makes this the current render of the thread until disposed.</summary>
    public Activation Activate() => new(this);

    /// <summary>Throws when the render was cancelled or has run out of time.</summary>
    public void Check()
    {
        _cancellationToken.ThrowIfCancellationRequested();
        // The clock is read on every 32nd check: a check comes with each output write and member read, microseconds
        // apart, so the timeout is still enforced within a few hundred microseconds of work.
        if ((++_checks & 31) == 0 && _time.GetElapsedTime(_started) > _limits.Timeout)
        {
            throw new RenderAbortedException($"The render took longer than {Describe(_limits.Timeout)}.");
        }
    }

    public void EnterPartial(string name)
    {
        _partialDepth++;
        if (_partialDepth > _limits.MaxDepth)
        {
            throw new RenderAbortedException($"Partials nest deeper than {_limits.MaxDepth} levels (entering '{name}').");
        }

        // Turns a stack about to overflow (which would kill the process) into an exception.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        Check();
    }

    public void ExitPartial() => _partialDepth--;

    private static string Describe(TimeSpan timeout) =>
        timeout < TimeSpan.FromSeconds(1)
            ? timeout.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture) + " ms"
            : timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    /// <summary>Restores the previous current render of the thread.</summary>
    internal readonly struct Activation : IDisposable
    {
        private readonly RenderBudget? _previous;

        public Activation(RenderBudget budget)
        {
            _previous = _current;
            _current = budget;
        }

        public void Dispose() => _current = _previous;
    }
}
