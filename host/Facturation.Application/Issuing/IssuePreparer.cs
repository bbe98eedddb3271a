using Facturation.Application.Common;
using Facturation.Application.Documents;
using Facturation.Domain.Documents;
using Facturation.Domain.Lifecycle;
using Facturation.Domain.Totals;
using Facturation.Persistence;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Issuing;

/// <summary>
/// The part of issuing that only reads: the draft, its parties and plugins, the regime's decisions and the totals.
/// Callers run it on their own connections, in parallel; the writer runs it again when it cannot trust that reading
/// (see <see cref="IssueWriter"/>).
/// </summary>
/// <param name="time">Clock.</param>
internal sealed class IssuePreparer(TimeProvider time)
{
    /// <summary>Reads and prices a draft, or says why it cannot be issued.</summary>
    /// <param name="db">A context to read with (untracked reads only).</param>
    /// <param name="documentId">The draft.</param>
    /// <param name="reads">Companies, customers and plugins already read in this batch.</param>
    /// <param name="issueDate">The issue date to price for; <see langword="null"/> for the company's date today.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The prepared issue or the problems.</returns>
    public async Task<Outcome<PreparedIssue>> PrepareAsync(
        FacturationDbContext db, Guid documentId, IssueBatchReads reads, DateOnly? issueDate, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        if (document is null)
            return Outcome<PreparedIssue>.Failure("document.not-found", $"No document with id {documentId}.", "Document");
        if (document.Check(document.Type == DocumentType.Quote ? DocumentAction.Send : DocumentAction.Issue) is { } forbidden)
            return Outcome<PreparedIssue>.Failure([forbidden]);
        if (document.Lines.Count == 0)
            return Outcome<PreparedIssue>.Failure("document.empty", "A document without lines cannot be issued: add at least one line.", "Lines");

        var company = await reads.CompanyAsync(db, document.CompanyId, cancellationToken);
        var customer = await reads.CustomerAsync(db, document.CustomerId, cancellationToken);
        var plugins = reads.Plugins(company);
        if (!plugins.Succeeded)
            return Outcome<PreparedIssue>.Failure(plugins.Problems);
        var ext = plugins.Value!;
        if (ext.Numbering.Capabilities.MayLeaveGaps && document.Type is not (DocumentType.Quote or DocumentType.DeliveryNote))
        {
            return Outcome<PreparedIssue>.Failure("numbering.gaps-not-allowed",
                $"Numbering scheme '{ext.Numbering.Id}' may leave gaps; invoices and credit notes need a continuous series.", "NumberingSchemeId");
        }

        var date = issueDate ?? Clock.Today(time, company.TimeZone);
        var corrected = document.CorrectedDocumentId is { } correctedId
            ? await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == correctedId, cancellationToken)
            : null;
        var preceding = new List<DocumentReference>();
        if (corrected is not null)
            preceding.Add(new DocumentReference(corrected.Number!, corrected.IssueDate!.Value, corrected.Type));
        // A final invoice references (BG-3) every deposit invoice it deducts (before SDK 1.3, as negative lines).
        var deducted = document.Lines.Where(l => l.DeductedDocumentId is not null).Select(l => l.DeductedDocumentId!.Value).Distinct().ToList();
        if (deducted.Count > 0)
        {
            preceding.AddRange(await db.Documents.AsNoTracking().Where(d => deducted.Contains(d.Id)).OrderBy(d => d.SeriesCounter)
                .Select(d => new DocumentReference(d.Number!, d.IssueDate!.Value, d.Type)).ToListAsync(cancellationToken));
        }
        var deposits = await QuoteDeposits.ForIssueAsync(db, document, cancellationToken);
        if (!deposits.Succeeded)
            return Outcome<PreparedIssue>.Failure(deposits.Problems);
        preceding.AddRange(deposits.Value!.Select(d => d.Deposit).Distinct());
        var business = SnapshotFactory.Build(document, company, customer, date, null, preceding);
        var assessment = await ext.TaxRegime.AssessAsync(new TaxAssessmentRequest(business, ext.TaxSettings), cancellationToken);
        // The regime and every rule set answer before anything is refused, so one refusal lists everything missing.
        var rules = await DocumentRulesRun.CheckAsync(ext.DocumentRules, business, assessment, cancellationToken);
        if (!assessment.Succeeded || !rules.Succeeded)
            return Outcome<PreparedIssue>.Failure([.. assessment.Problems, .. rules.Problems]);
        var priced = DocumentPricing.Price(business, assessment.Value!, SnapshotFactory.FixedDecisions(document));
        if (priced.Succeeded)
            priced = DepositSettlement.Apply(priced.Snapshot!, deposits.Value!);
        if (!priced.Succeeded)
            return Outcome<PreparedIssue>.Failure(priced.Problems);
        var snapshot = priced.Snapshot! with
        {
            Mentions = [.. priced.Snapshot.Mentions, .. rules.Value!.Where(m => priced.Snapshot.Mentions.All(known => known.Code != m.Code))],
        };
        // Issuing is final: what the e-invoice exports would refuse is refused now, before a number is taken.
        var exportable = EInvoiceIssueRun.Check(ext.EInvoiceChecks, snapshot);
        if (exportable.Count > 0)
            return Outcome<PreparedIssue>.Failure(exportable);
        return Outcome<PreparedIssue>.Success(new PreparedIssue(document, company, ext, date, business, snapshot));
    }
}
