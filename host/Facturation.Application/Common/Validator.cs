using Facturation.Sdk.Common;

namespace Facturation.Application.Common;

/// <summary>Collects problems while checking an input, each naming its field and rule.</summary>
public sealed class Validator
{
    private readonly List<Problem> _problems = [];

    /// <summary>The problems found.</summary>
    public IReadOnlyList<Problem> Problems => _problems;

    /// <summary>Whether nothing was found.</summary>
    public bool IsValid => _problems.Count == 0;

    /// <summary>Adds a problem when <paramref name="broken"/> is true.</summary>
    /// <param name="broken">Whether the rule is broken.</param>
    /// <param name="field">Field.</param>
    /// <param name="code">Code.</param>
    /// <param name="message">Message.</param>
    /// <returns>This validator.</returns>
    public Validator When(bool broken, string field, string code, string message)
    {
        if (broken)
            _problems.Add(new Problem(code, message, field));
        return this;
    }

    /// <summary>Requires a non-blank text.</summary>
    /// <param name="value">Value.</param>
    /// <param name="field">Field.</param>
    /// <returns>This validator.</returns>
    public Validator Required(string? value, string field) =>
        When(string.IsNullOrWhiteSpace(value), field, "required", $"{field} is required.");

    /// <summary>Adds problems found elsewhere.</summary>
    /// <param name="problems">Problems.</param>
    /// <returns>This validator.</returns>
    public Validator Add(IEnumerable<Problem> problems)
    {
        _problems.AddRange(problems);
        return this;
    }

    /// <summary>Adds one problem.</summary>
    /// <param name="problem">Problem, ignored when null.</param>
    /// <returns>This validator.</returns>
    public Validator Add(Problem? problem)
    {
        if (problem is not null)
            _problems.Add(problem);
        return this;
    }
}
