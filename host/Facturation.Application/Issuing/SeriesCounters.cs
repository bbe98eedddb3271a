using Facturation.Domain.Documents;
using Facturation.Persistence;
using Facturation.Persistence.Numbering;
using Facturation.Sdk.Common;
using Facturation.Sdk.Numbering;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Issuing;

/// <summary>
/// Takes the next value of a series inside the issuing transaction (CGI art. 242 nonies A: unique, chronological,
/// continuous). A yearly series keys its counter by the issue date's year; the new year's counter is created here.
/// </summary>
internal static class SeriesCounters
{
    public static async Task<(IssuedNumber? Number, Problem? Problem)> TakeAsync(
        FacturationDbContext db, Guid companyId, NumberingSeries series, DateOnly issueDate, CancellationToken cancellationToken)
    {
        var key = series.Reset == CounterReset.Yearly ? $"{series.SeriesKey}/{issueDate.Year:D4}" : series.SeriesKey;
        var counter = await db.NumberingCounters.SingleOrDefaultAsync(c => c.CompanyId == companyId && c.SeriesKey == key, cancellationToken);
        if (counter is null)
        {
            counter = new NumberingCounter { CompanyId = companyId, SeriesKey = key };
            db.NumberingCounters.Add(counter);
        }
        if (counter.LastIssueDate is { } last && issueDate < last)
        {
            return (null, new Problem("numbering.backdated",
                $"Issue date {issueDate:yyyy-MM-dd} is earlier than the last document of series '{key}' ({last:yyyy-MM-dd}); numbers must be chronological.", "IssueDate"));
        }
        counter.LastValue++;
        counter.LastIssueDate = issueDate;
        return (new IssuedNumber("", key, counter.LastValue), null);
    }
}
