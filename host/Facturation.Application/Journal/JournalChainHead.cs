namespace Facturation.Application.Journal;

/// <summary>The last link of a company's chain: what a signed head export pins down.</summary>
/// <param name="Sequence">Last sequence (0 for an empty chain).</param>
/// <param name="EntryHash">Its entry hash (the genesis hash for an empty chain).</param>
public sealed record JournalChainHead(long Sequence, string EntryHash);
