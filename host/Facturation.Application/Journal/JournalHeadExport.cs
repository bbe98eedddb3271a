namespace Facturation.Application.Journal;

/// <summary>The result of exporting a chain head: the verification report and the signed head when the chain is intact.</summary>
/// <param name="Report">Verification of the chain before signing.</param>
/// <param name="Head">The signed head, or <see langword="null"/> when the chain has problems (nothing is signed then).</param>
public sealed record JournalHeadExport(JournalReport Report, SignedChainHead? Head);
