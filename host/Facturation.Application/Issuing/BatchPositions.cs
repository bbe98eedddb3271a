using Facturation.Persistence.Journal;
using Facturation.Persistence.Numbering;

namespace Facturation.Application.Issuing;

/// <summary>
/// Where each series counter and each company's journal stand after the issues a batch has kept so far, so the next
/// issue of the batch need not read them back. An issue stages its new positions; they become known only when its
/// savepoint is released, and are dropped when it is rolled back.
/// </summary>
internal sealed class BatchPositions
{
    private readonly Dictionary<(Guid CompanyId, string SeriesKey), (long LastValue, DateOnly? LastIssueDate)> _counters = [];
    private readonly Dictionary<Guid, JournalEntry> _journalTails = [];
    private NumberingCounter? _stagedCounter;
    private JournalEntry? _stagedTail;

    /// <summary>A new, detached counter holding the series' known position, or null when this batch has not used it.</summary>
    public NumberingCounter? Counter(Guid companyId, string seriesKey) =>
        _counters.TryGetValue((companyId, seriesKey), out var known)
            ? new NumberingCounter { CompanyId = companyId, SeriesKey = seriesKey, LastValue = known.LastValue, LastIssueDate = known.LastIssueDate }
            : null;

    /// <summary>The last journal entry this batch kept for the company, or null when it has kept none.</summary>
    public JournalEntry? JournalTail(Guid companyId) => _journalTails.GetValueOrDefault(companyId);

    public void Stage(NumberingCounter counter) => _stagedCounter = counter;

    public void Stage(JournalEntry tail) => _stagedTail = tail;

    /// <summary>The current issue is kept: its positions become the known ones.</summary>
    public void Keep()
    {
        if (_stagedCounter is { } counter)
            _counters[(counter.CompanyId, counter.SeriesKey)] = (counter.LastValue, counter.LastIssueDate);
        if (_stagedTail is { } tail)
            _journalTails[tail.CompanyId] = tail;
        Drop();
    }

    /// <summary>The current issue is rolled back: forget what it staged.</summary>
    public void Drop()
    {
        _stagedCounter = null;
        _stagedTail = null;
    }
}
