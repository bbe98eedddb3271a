namespace Facturation.Plugins.Tests.France.Accounting;

/// <summary>One broken rule of an FEC file, found by <see cref="FecFileChecker"/>.</summary>
/// <param name="Rule">The rule, one of the <c>FecFileChecker</c> rule constants (e.g. <c>entry-balance</c>).</param>
/// <param name="Line">1-based line of the file (1 = header), when the rule is about a line.</param>
/// <param name="Message">What is wrong.</param>
public sealed record FecViolation(string Rule, int? Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Line is { } line ? $"[{Rule}] line {line}: {Message}" : $"[{Rule}] {Message}";
}
