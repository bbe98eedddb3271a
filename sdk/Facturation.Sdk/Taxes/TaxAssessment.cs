using Facturation.Sdk.Common;

namespace Facturation.Sdk.Taxes;

/// <summary>
/// A tax regime's answer: one decision per line and per document-level allowance or charge, the legal
/// mentions the treatment requires, and the problems that prevent deciding (the document is then refused).
/// </summary>
/// <param name="Lines">One decision per line, any order.</param>
/// <param name="AllowancesCharges">One decision per document-level allowance or charge.</param>
/// <param name="Mentions">Legal mentions to print.</param>
/// <param name="Problems">Why the regime cannot decide (e.g. an unsupported case); empty when it can.</param>
public sealed record TaxAssessment(
    IReadOnlyList<LineTaxDecision> Lines,
    IReadOnlyList<AllowanceChargeTaxDecision> AllowancesCharges,
    IReadOnlyList<LegalMention> Mentions,
    IReadOnlyList<Problem> Problems)
{
    /// <summary>Whether the regime decided every line without problems.</summary>
    public bool Succeeded => Problems.Count == 0;

    /// <summary>An assessment that refuses the document.</summary>
    /// <param name="problems">Why.</param>
    /// <returns>An assessment with no decisions.</returns>
    /// <exception cref="ArgumentException">No problem was given: a refusal must say why.</exception>
    public static TaxAssessment Refused(params IReadOnlyList<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
            throw new ArgumentException("A refused assessment needs at least one problem saying why.", nameof(problems));
        return new([], [], [], problems);
    }
}
