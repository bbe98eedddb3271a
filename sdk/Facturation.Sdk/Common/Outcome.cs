namespace Facturation.Sdk.Common;

/// <summary>
/// The result of an operation that gives no value: success, or the problems (field, rule) that prevented it.
/// Expected failures are data; exceptions stay for bugs and broken infrastructure. See <see cref="Outcome{T}"/> for
/// an operation that gives a value.
/// </summary>
public sealed class Outcome
{
    private static readonly Outcome Done = new([]);

    private Outcome(IReadOnlyList<Problem> problems) => Problems = problems;

    /// <summary>The problems when failed; empty when succeeded.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Whether the operation succeeded.</summary>
    public bool Succeeded => Problems.Count == 0;

    /// <summary>A success.</summary>
    /// <returns>The outcome.</returns>
    public static Outcome Success() => Done;

    /// <summary>A failure.</summary>
    /// <param name="problems">At least one problem.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentException">No problem was given.</exception>
    public static Outcome Failure(IEnumerable<Problem> problems) => new(AtLeastOne(problems));

    /// <summary>The outcome of a check that collected its problems: a success when there are none, else a failure with them.</summary>
    /// <param name="problems">What the check found, possibly nothing.</param>
    /// <returns>The outcome.</returns>
    public static Outcome Of(IEnumerable<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var found = problems.ToList();
        return found.Count == 0 ? Done : new Outcome(found);
    }

    /// <summary>A failure with one problem.</summary>
    /// <param name="code">Problem code.</param>
    /// <param name="message">Message naming the rule.</param>
    /// <param name="field">Field at fault.</param>
    /// <returns>The outcome.</returns>
    public static Outcome Failure(string code, string message, string? field = null) => Failure([new Problem(code, message, field)]);

    /// <summary>Returns normally on success, throws listing the problems otherwise (for callers that already checked).</summary>
    /// <exception cref="InvalidOperationException">The outcome is a failure.</exception>
    public void ThrowIfFailed()
    {
        if (!Succeeded)
            throw Unexpected(Problems);
    }

    /// <summary>The problems of a failure, copied, refusing an empty list.</summary>
    internal static IReadOnlyList<Problem> AtLeastOne(IEnumerable<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var list = problems.ToList();
        if (list.Count == 0)
            throw new ArgumentException("A failure needs at least one problem.", nameof(problems));
        return list;
    }

    /// <summary>The exception thrown when a failure's value is asked for.</summary>
    internal static InvalidOperationException Unexpected(IReadOnlyList<Problem> problems) =>
        new(string.Join("; ", problems));
}
