using Facturation.Application.Common;
using Facturation.Application.Plugins;
using Facturation.Domain.Documents;
using Facturation.Domain.Lifecycle;
using Facturation.Domain.Money;
using Facturation.Domain.Totals;
using Facturation.Persistence;
using Facturation.Sdk;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Numbering;
using Facturation.Sdk.Taxes;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Issuing;

/// <summary>
/// Issues a document in one transaction: the regime decides, the domain prices, the host takes the series' next
/// number, freezes the snapshot, appends to the integrity journal and commits. Any refusal or failure rolls
/// everything back, so no number is consumed; once the caller gets a number, it is on disk (synchronous=FULL).
/// </summary>
/// <param name="contexts">Database.</param>
/// <param name="extensions">Plugins of each company.</param>
/// <param name="time">Clock.</param>
/// <param name="observers">Hooks called before commit.</param>
public sealed class IssueService(
    IDbContextFactory<FacturationDbContext> contexts, ExtensionRegistry extensions, TimeProvider time, IEnumerable<IIssueObserver> observers)
{
    /// <summary>Issues an invoice, credit note, deposit or delivery note, or sends (numbers) a quote.</summary>
    /// <param name="documentId">The draft.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The issued document or the problems.</returns>
    public async Task<Outcome<IssuedDocument>> IssueAsync(Guid documentId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // SQLite: BEGIN IMMEDIATE takes the write lock now, so concurrent issuers queue instead of deadlocking.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var outcome = await IssueInTransactionAsync(db, documentId, cancellationToken);
        if (!outcome.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            return outcome;
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var observer in observers)
            await observer.BeforeCommitAsync(await db.Documents.SingleAsync(d => d.Id == documentId, cancellationToken), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    private async Task<Outcome<IssuedDocument>> IssueInTransactionAsync(FacturationDbContext db, Guid documentId, CancellationToken cancellationToken)
    {
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        if (document is null)
            return Outcome<IssuedDocument>.Failure("document.not-found", $"No document with id {documentId}.", "Document");
        if (document.Check(document.Type == DocumentType.Quote ? DocumentAction.Send : DocumentAction.Issue) is { } forbidden)
            return Outcome<IssuedDocument>.Failure([forbidden]);
        if (document.Lines.Count == 0)
            return Outcome<IssuedDocument>.Failure("document.empty", "A document without lines cannot be issued: add at least one line.", "Lines");

        var company = await db.Companies.SingleAsync(c => c.Id == document.CompanyId, cancellationToken);
        var customer = await db.Customers.SingleAsync(c => c.Id == document.CustomerId, cancellationToken);
        var plugins = extensions.For(company);
        if (!plugins.Succeeded)
            return Outcome<IssuedDocument>.Failure(plugins.Problems);
        var ext = plugins.Value!;
        if (ext.Numbering.Capabilities.MayLeaveGaps && document.Type is not (DocumentType.Quote or DocumentType.DeliveryNote))
        {
            return Outcome<IssuedDocument>.Failure("numbering.gaps-not-allowed",
                $"Numbering scheme '{ext.Numbering.Id}' may leave gaps; invoices and credit notes need a continuous series.", "NumberingSchemeId");
        }

        var issueDate = Clock.Today(time, company.TimeZone);
        var corrected = document.CorrectedDocumentId is { } correctedId
            ? await db.Documents.SingleOrDefaultAsync(d => d.Id == correctedId, cancellationToken)
            : null;
        var preceding = corrected is null ? Array.Empty<DocumentReference>() : [new DocumentReference(corrected.Number!, corrected.IssueDate!.Value, corrected.Type)];
        var business = SnapshotFactory.Build(document, company, customer, issueDate, null, preceding);
        var assessment = await ext.TaxRegime.AssessAsync(new TaxAssessmentRequest(business, ext.TaxSettings), cancellationToken);
        var priced = DocumentPricing.Price(business, assessment, SnapshotFactory.FixedDecisions(document));
        if (!priced.Succeeded)
            return Outcome<IssuedDocument>.Failure(priced.Problems);

        if (corrected is not null && corrected.RecordCredit(RoundingPolicy.ToMinorUnits(priced.Snapshot!.Totals.TaxInclusiveAmount.Amount)) is { } creditProblem)
            return Outcome<IssuedDocument>.Failure([creditProblem]);

        var series = ext.Numbering.DescribeSeries(new NumberingSeriesRequest(document.Type, ext.NumberingSettings));
        var (taken, backdated) = await SeriesCounters.TakeAsync(db, company.Id, series, issueDate, cancellationToken);
        if (backdated is not null)
            return Outcome<IssuedDocument>.Failure([backdated]);
        var number = ext.Numbering.FormatNumber(new NumberFormatRequest(document.Type, series, taken!.Counter, issueDate, ext.NumberingSettings));
        if (await db.Documents.AnyAsync(d => d.CompanyId == company.Id && d.Number == number, cancellationToken))
        {
            return Outcome<IssuedDocument>.Failure("numbering.collision",
                $"Number '{number}' is already used in this company (did two series' patterns overlap?).", "Number");
        }

        var snapshot = priced.Snapshot! with
        {
            Document = business with { Number = number },
            Plugins = ext.Stamps,
            SdkVersion = SdkInfo.Version.ToString(),
        };
        var json = SnapshotJson.Serialize(snapshot);
        var now = time.GetUtcNow();
        if (document.MarkIssued(taken with { Number = number }, issueDate, json, SnapshotJson.Hash(json), snapshot.Totals, now) is { } issueProblem)
            return Outcome<IssuedDocument>.Failure([issueProblem]);
        if (document.DueDate is null && snapshot.Document.PaymentTerms?.DueDate is { } due)
            document.DueDate = due;
        await JournalWriter.AppendAsync(db, document, now, cancellationToken);
        return Outcome<IssuedDocument>.Success(new IssuedDocument(document.Id, number, snapshot));
    }
}
