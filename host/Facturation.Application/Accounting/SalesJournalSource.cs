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
        var deductions = await DeductionLinesAsync(db, companyId, period, cancellationToken);
        var rows = from entry in db.JournalEntries.AsNoTracking()
                   join document in db.Documents.AsNoTracking() on entry.DocumentId equals document.Id
                   join customer in db.Customers.AsNoTracking() on document.CustomerId equals customer.Id
                   where entry.CompanyId == companyId && Booked.Contains(document.Type)
                         && document.IssueDate >= period.Start && document.IssueDate <= period.End
                   orderby entry.Sequence
                   select new { document.Id, document.SnapshotJson, customer.Code };
        var sequence = 0L;
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var snapshot = SnapshotJson.Deserialize(row.SnapshotJson!);
            var deducted = deductions.GetValueOrDefault(row.Id) ?? (IReadOnlySet<string>)new HashSet<string>();
            if (SalesLedger.Entry(new SalesDocument(snapshot, row.Code, deducted), sequence + 1) is { } ledgerEntry)
            {
                sequence++;
                yield return ledgerEntry;
            }
        }
    }

    // Deposit deductions are few (one per deposit): their line ids are read up front, by document.
    private static async Task<Dictionary<Guid, IReadOnlySet<string>>> DeductionLinesAsync(
        FacturationDbContext db, Guid companyId, AccountingPeriod period, CancellationToken cancellationToken)
    {
        var lines = await db.Documents.AsNoTracking()
            .Where(d => d.CompanyId == companyId && d.Type == DocumentType.Invoice && d.Number != null
                        && d.IssueDate >= period.Start && d.IssueDate <= period.End)
            .SelectMany(d => d.Lines, (d, l) => new { d.Id, l.Kind, l.Position })
            .Where(l => l.Kind == LineKind.DepositDeduction)
            .ToListAsync(cancellationToken);
        return lines.GroupBy(l => l.Id).ToDictionary(
            g => g.Key,
            g => (IReadOnlySet<string>)g.Select(l => l.Position.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal));
    }
}
