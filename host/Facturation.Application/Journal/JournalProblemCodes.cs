namespace Facturation.Application.Journal;

/// <summary>Codes of <see cref="JournalProblem"/>: what verification found wrong.</summary>
public static class JournalProblemCodes
{
    /// <summary>Entries are missing between two sequences (deleted from the journal).</summary>
    public const string EntryMissing = "journal.entry-missing";

    /// <summary>A sequence below 1 (the chain starts at 1).</summary>
    public const string SequenceInvalid = "journal.sequence-invalid";

    /// <summary>An entry's previous hash is not its predecessor's entry hash.</summary>
    public const string LinkBroken = "journal.link-broken";

    /// <summary>An entry does not hash to its recorded entry hash (the entry was edited).</summary>
    public const string EntryHashMismatch = "journal.entry-hash-mismatch";

    /// <summary>Entries are not in the order their documents were issued (the journal was reordered).</summary>
    public const string OutOfOrder = "journal.out-of-order";

    /// <summary>Two entries record the same document.</summary>
    public const string RecordedTwice = "journal.document-recorded-twice";

    /// <summary>A journaled document no longer exists (deleted).</summary>
    public const string DocumentDeleted = "document.deleted";

    /// <summary>A journaled document now belongs to another company.</summary>
    public const string CompanyChanged = "document.company-changed";

    /// <summary>A journaled document is back to draft.</summary>
    public const string StatusReverted = "document.status-reverted";

    /// <summary>A document's number differs from the one journaled or frozen in its snapshot.</summary>
    public const string NumberChanged = "document.number-changed";

    /// <summary>A document's stored snapshot hash differs from the one journaled.</summary>
    public const string SnapshotHashChanged = "document.snapshot-hash-changed";

    /// <summary>A document's snapshot content no longer hashes to what was journaled (the snapshot was edited).</summary>
    public const string SnapshotAltered = "document.snapshot-altered";

    /// <summary>A document's snapshot cannot be read back.</summary>
    public const string SnapshotUnreadable = "document.snapshot-unreadable";

    /// <summary>A document's amount column differs from its snapshot (edited in the database).</summary>
    public const string AmountChanged = "document.amount-changed";

    /// <summary>A numbered document has no journal entry.</summary>
    public const string NotJournaled = "document.not-journaled";

    /// <summary>The signed head does not verify with the key given (forged, altered, or another key).</summary>
    public const string HeadSignatureInvalid = "head.signature-invalid";

    /// <summary>The signed head belongs to another company.</summary>
    public const string HeadOtherCompany = "head.other-company";

    /// <summary>The chain no longer holds the sequence the signed head recorded (truncated).</summary>
    public const string HeadSequenceMissing = "head.sequence-missing";

    /// <summary>The entry at the signed head's sequence has another hash: the chain was rewritten.</summary>
    public const string ChainRewritten = "head.chain-rewritten";

    /// <summary>A document's snapshot differs from the one the signed head recorded: it was altered, then the chain rewritten.</summary>
    public const string DocumentRewritten = "head.document-rewritten";

    /// <summary>SQLite's integrity check found the database file damaged (a corrupt page), or a page could not be read.</summary>
    public const string DatabaseDamaged = "database.damaged";
}
