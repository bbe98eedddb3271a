namespace Facturation.Sdk.Taxes;

/// <summary>
/// A tax regime's decisions: one per line and per document-level allowance or charge, and the legal mentions the
/// treatment requires. A regime that cannot decide returns a failed <see cref="Common.Outcome{T}"/> instead.
/// </summary>
/// <param name="Lines">One decision per line, any order.</param>
/// <param name="AllowancesCharges">One decision per document-level allowance or charge.</param>
/// <param name="Mentions">Legal mentions to print.</param>
public sealed record TaxAssessment(
    IReadOnlyList<LineTaxDecision> Lines,
    IReadOnlyList<AllowanceChargeTaxDecision> AllowancesCharges,
    IReadOnlyList<LegalMention> Mentions);
