namespace Facturation.Sdk.Common;

/// <summary>
/// The result of an operation that gives a value: the value, or the problems (field, rule) that prevented it.
/// Nothing is written on failure. Expected failures are data; exceptions stay for bugs and broken infrastructure.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "Outcome<T>.Success / Failure read best at call sites.")]
public sealed class Outcome<T>
{
    private Outcome(T? value, IReadOnlyList<Problem> problems)
    {
        Value = value;
        Problems = problems;
    }

    /// <summary>The value when succeeded.</summary>
    public T? Value { get; }

    /// <summary>The problems when failed; empty when succeeded.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Whether the operation succeeded.</summary>
    public bool Succeeded => Problems.Count == 0;

    /// <summary>A success.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The outcome.</returns>
    public static Outcome<T> Success(T value) => new(value, []);

    /// <summary>A failure.</summary>
    /// <param name="problems">At least one problem.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentException">No problem was given.</exception>
    public static Outcome<T> Failure(IEnumerable<Problem> problems) => new(default, Outcome.AtLeastOne(problems));

    /// <summary>A failure with one problem.</summary>
    /// <param name="code">Problem code.</param>
    /// <param name="message">Message naming the rule.</param>
    /// <param name="field">Field at fault.</param>
    /// <returns>The outcome.</returns>
    public static Outcome<T> Failure(string code, string message, string? field = null) => Failure([new Problem(code, message, field)]);

    /// <summary>The value, or an exception listing the problems (for callers that already checked).</summary>
    /// <returns>The value.</returns>
    /// <exception cref="InvalidOperationException">The outcome is a failure.</exception>
    public T GetValueOrThrow() => Succeeded ? Value! : throw Outcome.Unexpected(Problems);
}
