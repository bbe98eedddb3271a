using Facturation.Application.Common;
using Facturation.Persistence;
using Facturation.Persistence.Journal;
using Facturation.Sdk.Common;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Journal;

/// <summary>
/// Verifies a company's integrity journal against its documents and names every altered, deleted or reordered
/// document; optionally checks a signed head exported earlier, which detects a rewrite of the whole chain. Entries are
/// read in sequence order, a page at a time with their documents, so a large company is never loaded at once.
/// </summary>
/// <param name="contexts">Database.</param>
/// <param name="time">Clock (time of a head export).</param>
public sealed class JournalVerifier(IDbContextFactory<FacturationDbContext> contexts, TimeProvider time)
{
    /// <summary>Entries (with their documents' snapshots) read per query; 500 by default.</summary>
    public int PageSize { get; init; } = 500;

    /// <summary>Verifies the chain of a company.</summary>
    /// <param name="companyCode">Company code.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The report (intact or listing the problems), or company-not-found.</returns>
    public Task<Outcome<JournalReport>> VerifyAsync(string companyCode, CancellationToken cancellationToken) =>
        VerifyAsync(companyCode, null, cancellationToken);

    /// <summary>Verifies the chain of a company and, when given, that it still holds a signed head exported earlier.</summary>
    /// <param name="companyCode">Company code.</param>
    /// <param name="headCheck">The signed head and the key, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The report (intact or listing the problems), or company-not-found.</returns>
    public async Task<Outcome<JournalReport>> VerifyAsync(string companyCode, ChainHeadCheck? headCheck, CancellationToken cancellationToken)
    {
        var walked = await WalkAsync(companyCode, headCheck, collectPrints: false, cancellationToken);
        return walked.Succeeded ? Outcome<JournalReport>.Success(walked.Value!.Report) : Outcome<JournalReport>.Failure(walked.Problems);
    }

    /// <summary>Verifies the chain and, when intact, signs its head with a key kept outside the database.</summary>
    /// <param name="companyCode">Company code.</param>
    /// <param name="key">Signing key.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The report and, when the chain is intact, the signed head (never signed over a broken chain).</returns>
    public async Task<Outcome<JournalHeadExport>> ExportHeadAsync(string companyCode, JournalKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var walked = await WalkAsync(companyCode, null, collectPrints: true, cancellationToken);
        if (!walked.Succeeded)
            return Outcome<JournalHeadExport>.Failure(walked.Problems);
        var (report, prints) = walked.Value!;
        var head = report.Intact ? SignedChainHead.Create(report.CompanyCode, report.CompanyId, report.Head, time.GetUtcNow(), key, prints) : null;
        return Outcome<JournalHeadExport>.Success(new JournalHeadExport(report, head));
    }

    private async Task<Outcome<WalkResult>> WalkAsync(string companyCode, ChainHeadCheck? headCheck, bool collectPrints, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var company = await db.Companies.AsNoTracking().Where(c => c.Code == companyCode).Select(c => new { c.Id, c.Code }).SingleOrDefaultAsync(cancellationToken);
        if (company is null)
            return Outcome<WalkResult>.Failure("company.not-found", $"No company with code '{companyCode}'.", "Company");

        var walk = new JournalWalk(company.Id, headCheck, collectPrints);
        walk.Damaged(await DatabaseIntegrity.CheckAsync(db, cancellationToken));
        try
        {
            await WalkChainAsync(db, company.Id, walk, cancellationToken);
        }
        catch (Exception ex) when (Persistence.Opening.DatabaseFailures.Recognise(ex, "") is { Kind: Persistence.DatabaseFailureKind.Corrupt or Persistence.DatabaseFailureKind.NotADatabase })
        {
            // A damaged page under the journal or the documents: what was read so far is reported, and the damage.
            walk.Unreadable(ex.Message);
        }
        return Outcome<WalkResult>.Success(new WalkResult(walk.Report(company.Code, company.Id), walk.Prints));
    }

    private async Task WalkChainAsync(FacturationDbContext db, Guid companyId, JournalWalk walk, CancellationToken cancellationToken)
    {
        // Entries appended while verifying are left for the next run: the walk stops at the head seen now.
        var last = await db.JournalEntries.Where(e => e.CompanyId == companyId).MaxAsync(e => (long?)e.Sequence, cancellationToken);
        var after = long.MinValue;
        while (last is not null)
        {
            var page = await PageAsync(db, companyId, after, last.Value, cancellationToken);
            if (page.Count == 0)
                break;
            foreach (var row in page)
                walk.Visit(row.Entry, row.Document);
            after = page[^1].Entry.Sequence;
        }

        var notJournaled = db.Documents.AsNoTracking()
            .Where(d => d.CompanyId == companyId && d.Number != null && !db.JournalEntries.Any(e => e.CompanyId == companyId && e.DocumentId == d.Id))
            .OrderBy(d => d.SeriesKey).ThenBy(d => d.SeriesCounter).Select(d => d.Number!);
        await foreach (var number in notJournaled.AsAsyncEnumerable().WithCancellation(cancellationToken))
            walk.NotJournaled(number);
        var twice = await db.JournalEntries.Where(e => e.CompanyId == companyId).GroupBy(e => e.DocumentId)
            .Where(g => g.Count() > 1).Select(g => new { Number = g.Min(e => e.DocumentNumber) ?? "", Count = g.Count() }).ToListAsync(cancellationToken);
        foreach (var duplicate in twice)
            walk.RecordedTwice(duplicate.Number, duplicate.Count);
    }

    private async Task<List<JournalPageRow>> PageAsync(FacturationDbContext db, Guid companyId, long after, long last, CancellationToken cancellationToken) =>
        await db.JournalEntries.AsNoTracking()
            .Where(e => e.CompanyId == companyId && e.Sequence > after && e.Sequence <= last)
            .OrderBy(e => e.Sequence).Take(PageSize)
            .LeftJoin(db.Documents, e => e.DocumentId, d => d.Id, (e, d) => new { Entry = e, Document = d })
            .OrderBy(r => r.Entry.Sequence)
            .Select(r => new JournalPageRow(r.Entry, r.Document == null ? null : new JournaledDocument(
                r.Document.Id, r.Document.CompanyId, r.Document.Number, r.Document.Status, r.Document.SeriesKey, r.Document.SeriesCounter,
                r.Document.SnapshotJson, r.Document.SnapshotHash, r.Document.TaxExclusiveMinor, r.Document.TaxTotalMinor, r.Document.TaxInclusiveMinor)))
            .ToListAsync(cancellationToken);

    private sealed record WalkResult(JournalReport Report, string? Prints);
}
