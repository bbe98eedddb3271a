using Facturation.Persistence;
using Facturation.Persistence.Numbering;
using Facturation.Sdk.Common;
using Facturation.Sdk.Numbering;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Issuing;

/// <summary>
/// The gapless numbering of issued documents: takes the next value of a series inside the issuing transaction (CGI
/// art. 242 nonies A: unique, chronological, continuous). The value is only kept if that transaction commits, so a
/// refusal, a failure or a crash consumes no number. A yearly series keys its counter by the issue date's year; the new
/// year's counter is created here.
/// </summary>
internal static class GaplessNumbering
{
    /// <summary>
    /// Takes the next value of the series, in memory: the writer saves the counter (inserting it when new) in the same
    /// transaction. <paramref name="positions"/> saves reading a counter the batch already moved.
    /// </summary>
    /// <returns>The counter moved on and whether it is new, or the problem (backdating).</returns>
    public static async Task<(NumberingCounter? Counter, bool IsNew, Problem? Problem)> TakeNextAsync(
        FacturationDbContext db, Guid companyId, NumberingSeries series, DateOnly issueDate, BatchPositions positions, CancellationToken cancellationToken)
    {
        var key = series.Reset == CounterReset.Yearly ? $"{series.SeriesKey}/{issueDate.Year:D4}" : series.SeriesKey;
        // SQLite: the issuing transaction began IMMEDIATE, so it already holds the database's only write lock and this
        // read-increment cannot interleave. PostgreSQL (several host instances): create a missing row first with
        // INSERT ... ON CONFLICT DO NOTHING, then read it with SELECT ... FOR UPDATE, which locks this series' row
        // until commit; other series and readers are not held up.
        var counter = positions.Counter(companyId, key)
            ?? await db.NumberingCounters.AsNoTracking().SingleOrDefaultAsync(c => c.CompanyId == companyId && c.SeriesKey == key, cancellationToken);
        var isNew = counter is null;
        counter ??= new NumberingCounter { CompanyId = companyId, SeriesKey = key };
        if (counter.LastIssueDate is { } last && issueDate < last)
        {
            return (null, false, new Problem("numbering.backdated",
                $"Issue date {issueDate:yyyy-MM-dd} is earlier than the last document of series '{key}' ({last:yyyy-MM-dd}); numbers must be chronological.", "IssueDate"));
        }
        counter.LastValue++;
        counter.LastIssueDate = issueDate;
        positions.Stage(counter);
        return (counter, isNew, null);
    }
}
