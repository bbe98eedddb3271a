using Facturation.Application.Common;
using Facturation.Domain.Documents;
using Facturation.Domain.Lifecycle;
using Facturation.Persistence;
using Facturation.Sdk.Documents;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Documents;

/// <summary>A quote's life after it is sent: accepted, refused or expired; an accepted quote converts into an invoice draft.</summary>
/// <param name="contexts">Database.</param>
/// <param name="time">Clock.</param>
public sealed class QuoteService(IDbContextFactory<FacturationDbContext> contexts, TimeProvider time)
{
    /// <summary>Records the customer's answer or the expiry.</summary>
    /// <param name="companyCode">Company.</param>
    /// <param name="quoteNumber">Quote number.</param>
    /// <param name="action">Accept, Refuse or Expire.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The quote or the problems.</returns>
    public async Task<Outcome<Document>> DecideAsync(string companyCode, string quoteNumber, DocumentAction action, CancellationToken cancellationToken)
    {
        if (action is not (DocumentAction.Accept or DocumentAction.Refuse or DocumentAction.Expire))
            return Outcome<Document>.Failure("quote.action", $"'{action}' is not a decision on a quote (accept, refuse, expire).", "Action");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var quote = await FindQuote(db, companyCode, quoteNumber, cancellationToken);
        if (quote is null)
            return NotFound(quoteNumber);
        if (quote.Apply(action) is { } problem)
            return Outcome<Document>.Failure([problem]);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Document>.Success(quote);
    }

    /// <summary>Turns an accepted quote into an invoice draft with the same lines and allowances; the quote keeps the link.</summary>
    /// <param name="companyCode">Company.</param>
    /// <param name="quoteNumber">Quote number.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The invoice draft or the problems.</returns>
    public async Task<Outcome<Document>> ConvertAsync(string companyCode, string quoteNumber, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var quote = await FindQuote(db, companyCode, quoteNumber, cancellationToken);
        if (quote is null)
            return NotFound(quoteNumber);
        if (quote.Apply(DocumentAction.Convert) is { } problem)
            return Outcome<Document>.Failure([problem]);
        var invoice = new Document
        {
            CompanyId = quote.CompanyId,
            Type = DocumentType.Invoice,
            CustomerId = quote.CustomerId,
            Currency = quote.Currency,
            ExchangeRate = quote.ExchangeRate,
            ExchangeRateDate = quote.ExchangeRateDate,
            ExchangeRateSource = quote.ExchangeRateSource,
            DeliveryDate = quote.DeliveryDate,
            InvoicingPeriodStart = quote.InvoicingPeriodStart,
            InvoicingPeriodEnd = quote.InvoicingPeriodEnd,
            PurchaseOrderReference = quote.PurchaseOrderReference,
            PaymentTerms = quote.PaymentTerms,
            Note = quote.Note,
            SourceQuoteId = quote.Id,
            CreatedAt = time.GetUtcNow(),
        };
        foreach (var line in quote.Lines.OrderBy(l => l.Position))
        {
            invoice.Lines.Add(new DraftLine
            {
                Position = line.Position, ItemCode = line.ItemCode, Description = line.Description, Quantity = line.Quantity, UnitCode = line.UnitCode,
                UnitPrice = line.UnitPrice, Discount = line.Discount, Nature = line.Nature, TaxClass = line.TaxClass,
            });
        }
        foreach (var charge in quote.AllowancesCharges.OrderBy(a => a.Position))
        {
            invoice.AllowancesCharges.Add(new DraftAllowanceCharge
            {
                Position = charge.Position, IsCharge = charge.IsCharge, Amount = charge.Amount, TaxClass = charge.TaxClass, Reason = charge.Reason,
                Percentage = charge.Percentage, BaseAmount = charge.BaseAmount,
            });
        }
        await AddDepositDeductionsAsync(db, quote, invoice, cancellationToken);
        db.Documents.Add(invoice);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Document>.Success(invoice);
    }

    // The final invoice deducts each issued deposit with one negative line per rate copying the deposit's base and
    // decision (never a recomputed percentage), so the deposits and the final invoice add up to the quote's bases.
    private static async Task AddDepositDeductionsAsync(FacturationDbContext db, Document quote, Document invoice, CancellationToken cancellationToken)
    {
        var deposits = await db.Documents
            .Where(d => d.SourceQuoteId == quote.Id && d.Type == DocumentType.DepositInvoice && d.Status == DocumentStatus.Issued)
            .OrderBy(d => d.SeriesCounter).ToListAsync(cancellationToken);
        var position = invoice.Lines.Count;
        foreach (var deposit in deposits)
        {
            foreach (var priced in Issuing.SnapshotJson.Deserialize(deposit.SnapshotJson!).Lines)
            {
                invoice.Lines.Add(new DraftLine
                {
                    Position = ++position,
                    Description = $"Déduction acompte {deposit.Number} du {deposit.IssueDate:dd/MM/yyyy} (TVA {priced.Tax.RatePercent.ToString(System.Globalization.CultureInfo.InvariantCulture)} %)",
                    Quantity = 1m,
                    UnitCode = "C62",
                    UnitPrice = -priced.NetAmount.Amount,
                    Nature = priced.Line.Nature,
                    TaxClass = priced.Line.TaxClass.Value,
                    Kind = LineKind.DepositDeduction,
                    DeductedDocumentId = deposit.Id,
                    FixedCategory = priced.Tax.Category,
                    FixedRate = priced.Tax.RatePercent,
                    FixedExemptionReason = priced.Tax.ExemptionReason,
                    FixedExemptionCode = priced.Tax.ExemptionReasonCode,
                    FixedTaxPoint = priced.Tax.TaxPoint,
                });
            }
        }
    }

    private static Task<Document?> FindQuote(FacturationDbContext db, string companyCode, string number, CancellationToken cancellationToken) =>
        db.Documents.SingleOrDefaultAsync(d => d.Type == DocumentType.Quote && d.Number == number
            && db.Companies.Any(c => c.Id == d.CompanyId && c.Code == companyCode), cancellationToken);

    private static Outcome<Document> NotFound(string number) =>
        Outcome<Document>.Failure("document.not-found", $"No quote '{number}'.", "Quote");
}
