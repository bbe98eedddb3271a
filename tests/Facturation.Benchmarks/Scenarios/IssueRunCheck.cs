using Facturation.Benchmarks.Running;
using Facturation.Domain.Lifecycle;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>Rejects a run that did not do the work: every draft issued, the series 1..N, one journal entry each.</summary>
internal static class IssueRunCheck
{
    public static async Task AllIssuedAsync(IssuingApp app, int invoices, CancellationToken cancellationToken)
    {
        await using var db = await app.DbAsync(cancellationToken);
        var issued = await db.Documents.CountAsync(d => d.Status == DocumentStatus.Issued, cancellationToken);
        var counter = await db.NumberingCounters.SingleAsync(cancellationToken);
        var distinct = await db.Documents.Where(d => d.SeriesCounter != null).Select(d => d.SeriesCounter).Distinct().CountAsync(cancellationToken);
        var maximum = await db.Documents.MaxAsync(d => d.SeriesCounter, cancellationToken);
        var journal = await db.JournalEntries.CountAsync(cancellationToken);
        if (issued != invoices || counter.LastValue != invoices || distinct != invoices || maximum != invoices || journal != invoices)
        {
            throw new BenchmarkAbortedException(
                $"Expected {invoices} issued invoices numbered 1..{invoices} with as many journal entries; found {issued} issued, counter {counter.LastValue}, {distinct} distinct numbers up to {maximum}, {journal} journal entries.");
        }
    }
}
