namespace Facturation.Persistence.Journal;

/// <summary>
/// One link of a company's integrity chain: each issued document appends an entry whose hash covers the previous
/// entry's hash and the document's snapshot, so altering, deleting or reordering anything breaks the chain.
/// </summary>
public sealed class JournalEntry
{
    /// <summary>Company.</summary>
    public Guid CompanyId { get; set; }

    /// <summary>Position in the company's chain, from 1.</summary>
    public long Sequence { get; set; }

    /// <summary>Document recorded.</summary>
    public Guid DocumentId { get; set; }

    /// <summary>Its number.</summary>
    public string DocumentNumber { get; set; } = "";

    /// <summary>SHA-256 of the document's canonical snapshot at issue.</summary>
    public string SnapshotHash { get; set; } = "";

    /// <summary>Hash of the previous entry (64 zeros for the first).</summary>
    public string PreviousHash { get; set; } = "";

    /// <summary>SHA-256 over sequence, document id, number, snapshot hash and previous hash.</summary>
    public string EntryHash { get; set; } = "";

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset RecordedAt { get; set; }
}
