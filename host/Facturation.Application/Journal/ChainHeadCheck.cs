namespace Facturation.Application.Journal;

/// <summary>A signed head to check the chain against, with the key that should have signed it.</summary>
/// <param name="Head">The exported head.</param>
/// <param name="Key">The key from outside the database.</param>
public sealed record ChainHeadCheck(SignedChainHead Head, JournalKey Key);
