using Facturation.Domain.Documents;
using Facturation.Persistence.Journal;
using Facturation.Persistence.Numbering;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests.Concurrency;

/// <summary>What the database holds after a concurrent run: every document, the counters and the journal in chain order.</summary>
/// <param name="Documents">All documents.</param>
/// <param name="Counters">All numbering counters.</param>
/// <param name="Journal">Journal entries by sequence.</param>
internal sealed record SeriesState(IReadOnlyList<Document> Documents, IReadOnlyList<NumberingCounter> Counters, IReadOnlyList<JournalEntry> Journal)
{
    public static async Task<SeriesState> ReadAsync(TestApp app)
    {
        await using var db = await app.DbAsync();
        return new SeriesState(
            await db.Documents.AsNoTracking().ToListAsync(),
            await db.NumberingCounters.AsNoTracking().ToListAsync(),
            await db.JournalEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());
    }

    /// <summary>The numbered documents of one series, by counter value.</summary>
    public IReadOnlyList<Document> Series(string seriesKey) =>
        Documents.Where(d => d.SeriesKey == seriesKey).OrderBy(d => d.SeriesCounter).ToList();
}
