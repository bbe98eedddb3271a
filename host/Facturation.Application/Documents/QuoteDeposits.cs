using Facturation.Application.Common;
using Facturation.Application.Issuing;
using Facturation.Domain.Documents;
using Facturation.Domain.Lifecycle;
using Facturation.Persistence;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Documents;

/// <summary>
/// The deposit invoices of a quote, read where issuing needs them: a final invoice deducts every issued deposit
/// (<see cref="Domain.Totals.DepositSettlement"/>), and no deposit may be issued once the final invoice is.
/// An invoice made from a quote (<see cref="QuoteService.ConvertAsync"/>) is that quote's final invoice.
/// </summary>
internal static class QuoteDeposits
{
    /// <summary>
    /// What issuing <paramref name="document"/> deducts: for a final invoice, each issued deposit of its quote per
    /// category and rate (net of the credit notes on it); nothing for other documents. Refused when a deposit of the
    /// quote is still a draft (issue or delete it first), or for a deposit once the final invoice is issued.
    /// </summary>
    public static async Task<Outcome<IReadOnlyList<DepositDeduction>>> ForIssueAsync(FacturationDbContext db, Document document, CancellationToken cancellationToken)
    {
        if (document.SourceQuoteId is not { } quoteId)
            return Outcome<IReadOnlyList<DepositDeduction>>.Success([]);
        var deposits = db.Documents.AsNoTracking().Where(d => d.SourceQuoteId == quoteId && d.Type == DocumentType.DepositInvoice);
        if (document.Type == DocumentType.DepositInvoice)
        {
            var final = await FinalInvoiceNumberAsync(db, quoteId, cancellationToken);
            return final is null
                ? Outcome<IReadOnlyList<DepositDeduction>>.Success([])
                : Outcome<IReadOnlyList<DepositDeduction>>.Failure("deposit.after-final",
                    $"The final invoice {final} of this quote is issued: a deposit can no longer be invoiced on it.", "SourceQuoteId");
        }
        // Final invoices made before deductions moved to BT-113 carry them as negative lines: nothing more to deduct.
        if (document.Type != DocumentType.Invoice || document.Lines.Any(l => l.Kind == LineKind.DepositDeduction))
            return Outcome<IReadOnlyList<DepositDeduction>>.Success([]);
        if (await deposits.AnyAsync(d => d.Status == DocumentStatus.Draft, cancellationToken))
        {
            return Outcome<IReadOnlyList<DepositDeduction>>.Failure("deposit.draft-pending",
                "A deposit invoice of this quote is still a draft: issue it (it is then deducted) or delete it before the final invoice.", "SourceQuoteId");
        }
        var issued = await deposits.Where(d => d.Status == DocumentStatus.Issued).OrderBy(d => d.SeriesCounter)
            .Select(d => new { d.Id, d.Number, d.IssueDate, d.SnapshotJson }).ToListAsync(cancellationToken);
        var ids = issued.Select(d => d.Id).ToList();
        var credits = await db.Documents.AsNoTracking()
            .Where(d => d.Type == DocumentType.CreditNote && d.Status == DocumentStatus.Issued && d.CorrectedDocumentId != null && ids.Contains(d.CorrectedDocumentId.Value))
            .Select(d => new { DepositId = d.CorrectedDocumentId!.Value, d.SnapshotJson }).ToListAsync(cancellationToken);
        var deductions = new List<DepositDeduction>();
        foreach (var deposit in issued)
        {
            var reference = new DocumentReference(deposit.Number!, deposit.IssueDate!.Value, DocumentType.DepositInvoice);
            var returned = credits.Where(c => c.DepositId == deposit.Id).SelectMany(c => SnapshotJson.Deserialize(c.SnapshotJson!).TaxBreakdown).ToList();
            foreach (var row in SnapshotJson.Deserialize(deposit.SnapshotJson!).TaxBreakdown)
            {
                var back = returned.Where(r => r.Category == row.Category && r.RatePercent == row.RatePercent).ToList();
                var taxable = row.TaxableAmount.Amount - back.Sum(r => r.TaxableAmount.Amount);
                var tax = row.TaxAmount.Amount - back.Sum(r => r.TaxAmount.Amount);
                if (taxable != 0m || tax != 0m)
                    deductions.Add(new DepositDeduction(reference, row.Category, row.RatePercent, new Money(taxable, row.TaxableAmount.Currency), new Money(tax, row.TaxAmount.Currency)));
            }
        }
        return Outcome<IReadOnlyList<DepositDeduction>>.Success(deductions);
    }

    /// <summary>The number of the quote's final invoice once issued (cancelled by a credit note or not), else <see langword="null"/>.</summary>
    public static Task<string?> FinalInvoiceNumberAsync(FacturationDbContext db, Guid quoteId, CancellationToken cancellationToken) =>
        db.Documents.AsNoTracking().Where(d => d.SourceQuoteId == quoteId && d.Type == DocumentType.Invoice && d.Status != DocumentStatus.Draft)
            .Select(d => d.Number).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The bases already asked as deposits on a quote (drafts and issued, not cancelled), per category and rate.</summary>
    public static async Task<IReadOnlyDictionary<(VatCategory Category, decimal Rate), decimal>> DepositedBasesAsync(
        FacturationDbContext db, Guid quoteId, CancellationToken cancellationToken)
    {
        // Decimal arithmetic is done here: SQLite stores decimals as text.
        var lines = await db.Documents.AsNoTracking()
            .Where(d => d.SourceQuoteId == quoteId && d.Type == DocumentType.DepositInvoice && d.Status != DocumentStatus.Cancelled)
            .SelectMany(d => d.Lines).Where(l => l.Kind == LineKind.Deposit)
            .Select(l => new { l.FixedCategory, l.FixedRate, l.Quantity, l.UnitPrice }).ToListAsync(cancellationToken);
        return lines.GroupBy(l => (l.FixedCategory ?? VatCategory.StandardRate, l.FixedRate ?? 0m))
            .ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity * l.UnitPrice));
    }
}
