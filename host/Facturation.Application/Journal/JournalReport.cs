namespace Facturation.Application.Journal;

/// <summary>The result of verifying a company's integrity journal: every problem found and the chain head.</summary>
/// <param name="CompanyCode">Company code.</param>
/// <param name="CompanyId">Company id.</param>
/// <param name="EntriesChecked">Journal entries read.</param>
/// <param name="Head">The last entry as stored (sequence 0 and the genesis hash for an empty chain).</param>
/// <param name="HeadChecked">Whether a signed head was checked against the chain.</param>
/// <param name="Problems">What is wrong, in chain order; empty when the journal is intact.</param>
public sealed record JournalReport(
    string CompanyCode, Guid CompanyId, long EntriesChecked, JournalChainHead Head, bool HeadChecked, IReadOnlyList<JournalProblem> Problems)
{
    /// <summary>Whether nothing is wrong.</summary>
    public bool Intact => Problems.Count == 0;
}
