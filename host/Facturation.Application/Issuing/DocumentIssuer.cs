using Facturation.Application.Common;
using Facturation.Application.Payments;
using Facturation.Domain.Documents;
using Facturation.Domain.Money;
using Facturation.Persistence;
using Facturation.Sdk;
using Facturation.Sdk.Common;
using Facturation.Sdk.Numbering;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Issuing;

/// <summary>
/// The part of issuing that writes, inside a transaction someone else owns and commits: records the credit on the
/// corrected invoice, takes the series' next number, freezes the snapshot, stores the document, appends to the
/// integrity journal and runs the observers. A refusal returns before anything is stored; the caller rolls back its
/// savepoint either way.
/// </summary>
/// <param name="time">Clock.</param>
/// <param name="observers">Hooks called before commit.</param>
internal sealed class DocumentIssuer(TimeProvider time, IEnumerable<IIssueObserver> observers)
{
    private readonly IIssueObserver[] _observers = [.. observers];

    public async Task<Outcome<IssuedDocument>> IssueAsync(
        FacturationDbContext db, PreparedIssue prepared, BatchPositions positions, IssueStatements statements, CancellationToken cancellationToken)
    {
        var (document, company, ext, issueDate, business, priced) = prepared;
        // A credit note records what it credits on the invoice it corrects (tracked: rare, and the domain decides).
        var corrected = document.CorrectedDocumentId is { } correctedId
            ? await db.Documents.SingleOrDefaultAsync(d => d.Id == correctedId, cancellationToken)
            : null;
        if (corrected?.RecordCredit(RoundingPolicy.ToMinorUnits(priced.Totals.TaxInclusiveAmount.Amount)) is { } creditProblem)
            return Outcome<IssuedDocument>.Failure([creditProblem]);

        var series = ext.Numbering.DescribeSeries(new NumberingSeriesRequest(document.Type, ext.NumberingSettings));
        var (counter, isNew, backdated) = await GaplessNumbering.TakeNextAsync(db, company.Id, series, issueDate, positions, cancellationToken);
        if (backdated is not null)
            return Outcome<IssuedDocument>.Failure([backdated]);
        var number = ext.Numbering.FormatNumber(new NumberFormatRequest(document.Type, series, counter!.LastValue, issueDate, ext.NumberingSettings));
        if (await statements.IsNumberUsedAsync(company.Id, number, cancellationToken))
        {
            return Outcome<IssuedDocument>.Failure("numbering.collision",
                $"Number '{number}' is already used in this company (did two series' patterns overlap?).", "Number");
        }

        var snapshot = priced with
        {
            Document = CreditorReference.AddTo(business with { Number = number }),
            Plugins = ext.Stamps,
            SdkVersion = SdkInfo.Version.ToString(),
        };
        var json = SnapshotJson.Serialize(snapshot);
        var now = time.GetUtcNow();
        var status = document.Status;
        if (document.MarkIssued(new IssuedNumber(number, counter.SeriesKey, counter.LastValue), issueDate, json, SnapshotJson.Hash(json), snapshot.Totals, now) is { } issueProblem)
            return Outcome<IssuedDocument>.Failure([issueProblem]);
        if (document.DueDate is null && snapshot.Document.PaymentTerms?.DueDate is { } due)
            document.DueDate = due;
        // The templates and branding as they are now are the ones this document is sent with: re-rendering it later uses them.
        await Rendering.IssuedLook.FreezeAsync(db, document, company.Id, cancellationToken);
        await statements.SaveCounterAsync(counter, isNew, cancellationToken);
        await statements.StoreIssuedAsync(document, status, cancellationToken);
        await statements.AppendJournalAsync(await JournalWriter.NextAsync(db, document, now, positions, cancellationToken), cancellationToken);
        if (corrected is not null)
            await db.SaveChangesAsync(cancellationToken);
        foreach (var observer in _observers)
            await observer.BeforeCommitAsync(document, cancellationToken);
        return Outcome<IssuedDocument>.Success(new IssuedDocument(document.Id, number, snapshot));
    }
}
