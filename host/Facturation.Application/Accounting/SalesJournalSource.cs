using Facturation.Application.Issuing;
using Facturation.Domain.Documents;
using Facturation.Persistence;
using Facturation.Sdk.Accounting;
using Facturation.Sdk.Documents;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Accounting;

/// <summary>
/// Streams a company's sales-journal entries for a period in validation order (the order of the integrity journal),
/// numbered 1, 2, 3 ...: one database row and one snapshot at a time, so memory does not grow with the period.
/// </summary>
internal static class SalesJournalSource
{
    private static readonly DocumentType[] Booked = [DocumentType.Invoice, DocumentType.CreditNote, DocumentType.DepositInvoice];

    public static async IAsyncEnumerable<LedgerEntry> ReadAsync(
        FacturationDbContext db, Guid companyId, AccountingPeriod period,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Deposit deductions (lines of a final invoice) come with their document: a join on the (Kind, DocumentId) index.
        var rows = from entry in db.JournalEntries.AsNoTracking()
                   join document in db.Documents.AsNoTracking() on entry.DocumentId equals document.Id
                   join customer in db.Customers.AsNoTracking() on document.CustomerId equals customer.Id
                   where entry.CompanyId == companyId && Booked.Contains(document.Type)
                         && document.IssueDate >= period.Start && document.IssueDate <= period.End
                   orderby entry.Sequence
                   select new
                   {
                       document.SnapshotJson,
                       customer.Code,
                       Deductions = document.Lines.Where(l => l.Kind == LineKind.DepositDeduction).Select(l => l.Position).ToList(),
                   };
        var sequence = 0L;
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var snapshot = SnapshotJson.Deserialize(row.SnapshotJson!);
            var deducted = row.Deductions.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);
            if (SalesLedger.Entry(new SalesDocument(snapshot, row.Code, deducted), sequence + 1) is { } ledgerEntry)
            {
                sequence++;
                yield return ledgerEntry;
            }
        }
    }
}
