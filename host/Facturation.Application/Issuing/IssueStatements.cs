using Facturation.Domain.Documents;
using Facturation.Domain.Lifecycle;
using Facturation.Persistence;
using Facturation.Persistence.Journal;
using Facturation.Persistence.Numbering;

namespace Facturation.Application.Issuing;

/// <summary>
/// The writer's statements, prepared once on its connection: store an issued document, check a number is free, save a
/// series counter, append a journal entry. The document is stored with one UPDATE of what issuing changes (what
/// <see cref="Document.MarkIssued"/> sets, and the due date) instead of tracking it with its lines;
/// <c>IssuedDocumentStorageTests</c> fails if MarkIssued starts changing a property <see cref="IssuedProperties"/> omits.
/// </summary>
internal sealed class IssueStatements : IAsyncDisposable
{
    /// <summary>The properties issuing changes on a document.</summary>
    public static readonly IReadOnlyList<string> IssuedProperties =
    [
        nameof(Document.Status), nameof(Document.Number), nameof(Document.SeriesKey), nameof(Document.SeriesCounter),
        nameof(Document.IssueDate), nameof(Document.DueDate), nameof(Document.SnapshotJson), nameof(Document.SnapshotHash),
        nameof(Document.TaxExclusiveMinor), nameof(Document.TaxTotalMinor), nameof(Document.TaxInclusiveMinor), nameof(Document.IssuedAt),
        nameof(Document.TemplateRevision), nameof(Document.BrandingRevision), nameof(Document.DefaultLayoutEngineId),
    ];

    private static readonly string[] CounterKey = [nameof(NumberingCounter.CompanyId), nameof(NumberingCounter.SeriesKey)];
    private static readonly string[] CounterValues = [nameof(NumberingCounter.LastValue), nameof(NumberingCounter.LastIssueDate)];
    private static readonly string[] JournalColumns =
    [
        nameof(JournalEntry.CompanyId), nameof(JournalEntry.Sequence), nameof(JournalEntry.DocumentId), nameof(JournalEntry.DocumentNumber),
        nameof(JournalEntry.SnapshotHash), nameof(JournalEntry.PreviousHash), nameof(JournalEntry.EntryHash), nameof(JournalEntry.RecordedAt),
    ];

    private static readonly System.Reflection.PropertyInfo[] IssuedGetters = [.. IssuedProperties.Select(name => typeof(Document).GetProperty(name)!)];
    private static readonly System.Reflection.PropertyInfo[] JournalGetters = [.. JournalColumns.Select(name => typeof(JournalEntry).GetProperty(name)!)];

    private readonly FacturationDbContext _db;
    private readonly MappedCommand _storeIssued;
    private readonly MappedCommand _numberUses;
    private readonly MappedCommand _insertCounter;
    private readonly MappedCommand _updateCounter;
    private readonly MappedCommand _appendJournal;

    public IssueStatements(FacturationDbContext db)
    {
        _db = db;
        _storeIssued = MappedCommand.Update<Document>(db, IssuedProperties, [nameof(Document.Id), nameof(Document.Status)]);
        _numberUses = MappedCommand.Count<Document>(db, [nameof(Document.CompanyId), nameof(Document.Number)]);
        _insertCounter = MappedCommand.Insert<NumberingCounter>(db, [.. CounterKey, .. CounterValues]);
        _updateCounter = MappedCommand.Update<NumberingCounter>(db, CounterValues, CounterKey);
        _appendJournal = MappedCommand.Insert<JournalEntry>(db, JournalColumns);
    }

    /// <summary>Stores the issued state; throws <see cref="StalePreparationException"/> if the row is no longer in the status it was read in.</summary>
    public async Task StoreIssuedAsync(Document issued, DocumentStatus readStatus, CancellationToken cancellationToken)
    {
        var values = IssuedGetters.Select(p => p.GetValue(issued)).Append(issued.Id).Append(readStatus).ToList();
        // Another request issued it since it was read (a duplicate request): the writer reads it again and refuses it.
        if (await _storeIssued.ExecuteAsync(_db, values, cancellationToken) != 1)
            throw new StalePreparationException($"Document {issued.Id} was no longer {readStatus} when its issue was stored.");
    }

    /// <summary>Whether a company already used a number.</summary>
    public async Task<bool> IsNumberUsedAsync(Guid companyId, string number, CancellationToken cancellationToken) =>
        await _numberUses.ScalarAsync(_db, [companyId, number], cancellationToken) > 0;

    /// <summary>Saves a counter taken by <see cref="GaplessNumbering"/>.</summary>
    public async Task SaveCounterAsync(NumberingCounter counter, bool isNew, CancellationToken cancellationToken)
    {
        if (isNew)
            await _insertCounter.ExecuteAsync(_db, [counter.CompanyId, counter.SeriesKey, counter.LastValue, counter.LastIssueDate], cancellationToken);
        else if (await _updateCounter.ExecuteAsync(_db, [counter.LastValue, counter.LastIssueDate, counter.CompanyId, counter.SeriesKey], cancellationToken) != 1)
            throw new InvalidOperationException($"Counter '{counter.SeriesKey}' of company {counter.CompanyId} vanished while numbering.");
    }

    /// <summary>Appends a journal entry made by <see cref="JournalWriter"/>.</summary>
    public Task AppendJournalAsync(JournalEntry entry, CancellationToken cancellationToken) =>
        _appendJournal.ExecuteAsync(_db, JournalGetters.Select(p => p.GetValue(entry)).ToList(), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        foreach (var command in new[] { _storeIssued, _numberUses, _insertCounter, _updateCounter, _appendJournal })
            await command.DisposeAsync();
    }
}
