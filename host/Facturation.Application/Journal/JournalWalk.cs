using Facturation.Application.Issuing;
using Facturation.Persistence.Journal;

namespace Facturation.Application.Journal;

/// <summary>
/// Walks one company's chain in sequence order, one entry at a time (so pages can be read and dropped), keeping only
/// the previous entry, the last counter seen per series and the problems found.
/// </summary>
internal sealed class JournalWalk
{
    private readonly List<JournalProblem> _problems = [];
    private readonly Dictionary<string, (long Counter, long Sequence, string Number)> _series = new(StringComparer.Ordinal);
    private readonly SignedChainHead? _anchor;
    private readonly bool _headChecked;
    private readonly System.Text.StringBuilder? _prints;
    private JournalEntry? _previous;
    private bool _anchorFound;

    /// <summary>Starts a walk.</summary>
    /// <param name="companyId">The company.</param>
    /// <param name="headCheck">A signed head to check the chain against, if any.</param>
    /// <param name="collectPrints">Whether to collect the documents' prints (to sign a head).</param>
    public JournalWalk(Guid companyId, ChainHeadCheck? headCheck, bool collectPrints = false)
    {
        _prints = collectPrints ? new System.Text.StringBuilder() : null;
        _headChecked = headCheck is not null;
        if (headCheck is null)
            return;
        var head = headCheck.Head;
        if (!head.IsSignedWith(headCheck.Key))
        {
            _problems.Add(new JournalProblem(JournalProblemCodes.HeadSignatureInvalid,
                $"The head file's signature does not verify with this key: the head (entry {head.Sequence}, exported {head.ExportedAt:O}) was altered, forged or signed with another key."));
        }
        else if (head.CompanyId != companyId)
        {
            _problems.Add(new JournalProblem(JournalProblemCodes.HeadOtherCompany,
                $"The head file belongs to company '{head.CompanyCode}' ({head.CompanyId}), not this one."));
        }
        else
        {
            _anchor = head;
        }
    }

    public long EntriesChecked { get; private set; }

    /// <summary>The prints of the documents walked, in sequence order (see <see cref="SignedChainHead.DocumentPrints"/>).</summary>
    public string? Prints => _prints?.ToString();

    /// <summary>Records that the database could not be read to the end (a damaged page).</summary>
    public void Unreadable(string reason) =>
        _problems.Add(new JournalProblem(JournalProblemCodes.DatabaseDamaged,
            $"The journal could not be read past entry {_previous?.Sequence ?? 0}: {reason}. The database file is damaged; restore it from a backup.", _previous?.Sequence));

    /// <summary>Records what SQLite's integrity check found.</summary>
    public void Damaged(IReadOnlyList<string> findings)
    {
        foreach (var finding in findings)
            _problems.Add(new JournalProblem(JournalProblemCodes.DatabaseDamaged, $"SQLite's integrity check (quick_check): {finding}. The database file is damaged; restore it from a backup."));
    }

    public void Visit(JournalEntry entry, JournaledDocument? document)
    {
        EntriesChecked++;
        _prints?.Append(SignedChainHead.PrintOf(entry.SnapshotHash));
        CheckLink(entry);
        if (JournalWriter.EntryHash(entry) != entry.EntryHash)
            Add(entry, JournalProblemCodes.EntryHashMismatch, $"Entry {entry.Sequence} ({entry.DocumentNumber}) no longer hashes to its recorded entry hash: the entry was edited.");
        if (document is null)
        {
            Add(entry, JournalProblemCodes.DocumentDeleted, $"{entry.DocumentNumber} (entry {entry.Sequence}) no longer exists in the database: the document was deleted.");
        }
        else
        {
            _problems.AddRange(DocumentChecks.Check(entry, document));
            CheckOrder(entry, document);
        }
        CheckAnchor(entry);
        _previous = entry;
    }

    public void NotJournaled(string number) =>
        _problems.Add(new JournalProblem(JournalProblemCodes.NotJournaled,
            $"{number} is numbered but has no journal entry: its entry was deleted, or it was numbered outside the issuing transaction.", null, number));

    public void RecordedTwice(string number, int count) =>
        _problems.Add(new JournalProblem(JournalProblemCodes.RecordedTwice, $"{number} is recorded by {count} journal entries instead of one.", null, number));

    public JournalReport Report(string companyCode, Guid companyId)
    {
        if (_anchor is { Sequence: > 0 } anchor && !_anchorFound)
        {
            _problems.Add(new JournalProblem(JournalProblemCodes.HeadSequenceMissing,
                $"The head signed on {anchor.ExportedAt:O} recorded entry {anchor.Sequence}, which the chain no longer holds (it ends at entry {_previous?.Sequence ?? 0}): entries were deleted.",
                anchor.Sequence));
        }
        var head = _previous is null ? new JournalChainHead(0, JournalWriter.GenesisHash) : new JournalChainHead(_previous.Sequence, _previous.EntryHash);
        return new JournalReport(companyCode, companyId, EntriesChecked, head, _headChecked, _problems);
    }

    private void CheckLink(JournalEntry entry)
    {
        var expected = (_previous?.Sequence ?? 0) + 1;
        var after = _previous is null ? "at the start of the chain" : $"after entry {_previous.Sequence} ({_previous.DocumentNumber})";
        if (entry.Sequence < 1)
        {
            Add(entry, JournalProblemCodes.SequenceInvalid, $"Entry {entry.Sequence} ({entry.DocumentNumber}) has a sequence below 1.");
        }
        else if (entry.Sequence > expected)
        {
            var missing = entry.Sequence == expected + 1 ? $"Entry {expected} is" : $"Entries {expected} to {entry.Sequence - 1} are";
            Add(entry, JournalProblemCodes.EntryMissing, $"{missing} missing {after}, before entry {entry.Sequence} ({entry.DocumentNumber}): deleted from the journal.");
        }
        else if (entry.PreviousHash != (_previous?.EntryHash ?? JournalWriter.GenesisHash))
        {
            Add(entry, JournalProblemCodes.LinkBroken, $"Entry {entry.Sequence} ({entry.DocumentNumber}) does not link to the entry {after}: its previous hash is not that entry's hash.");
        }
    }

    // Within a series the counter is taken in the issuing transaction that appends the entry, so counters grow along the chain.
    private void CheckOrder(JournalEntry entry, JournaledDocument document)
    {
        if (document.SeriesKey is not { } key || document.SeriesCounter is not { } counter)
            return;
        if (_series.TryGetValue(key, out var last) && counter <= last.Counter)
        {
            Add(entry, JournalProblemCodes.OutOfOrder,
                $"Entry {entry.Sequence} records {entry.DocumentNumber} (number {counter} of series {key}) after entry {last.Sequence} recorded {last.Number} (number {last.Counter}): the journal is not in the order of issue (entries were reordered).");
        }
        _series[key] = (counter, entry.Sequence, entry.DocumentNumber);
    }

    private void CheckAnchor(JournalEntry entry)
    {
        if (_anchor is null)
            return;
        // The signed prints name each document altered before the chain was rewritten (the entries after it differ only
        // because each links to the one before).
        if (_anchor.SignedPrint(entry.Sequence) is { } signed && signed != SignedChainHead.PrintOf(entry.SnapshotHash))
        {
            Add(entry, JournalProblemCodes.DocumentRewritten,
                $"{entry.DocumentNumber} (entry {entry.Sequence}) is not the document the head signed on {_anchor.ExportedAt:O} recorded: it was altered after that export and the chain rewritten to hide it.");
        }
        if (entry.Sequence != _anchor.Sequence)
            return;
        _anchorFound = true;
        if (!string.Equals(entry.EntryHash, _anchor.EntryHash, StringComparison.OrdinalIgnoreCase))
        {
            Add(entry, JournalProblemCodes.ChainRewritten,
                $"Entry {entry.Sequence} ({entry.DocumentNumber}) has hash {entry.EntryHash} but the head signed on {_anchor.ExportedAt:O} recorded {_anchor.EntryHash}: the chain up to {entry.DocumentNumber} was rewritten after that export.");
        }
    }

    private void Add(JournalEntry entry, string code, string message) => _problems.Add(new JournalProblem(code, message, entry.Sequence, entry.DocumentNumber));
}
