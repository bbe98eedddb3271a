using Facturation.Application.Common;
using Facturation.Domain.Documents;
using Facturation.Domain.Lifecycle;
using Facturation.Persistence;
using Facturation.Sdk.Common;
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

    /// <summary>
    /// Turns an accepted quote into an invoice draft with the same lines and allowances; the quote keeps the link. That
    /// invoice is the quote's final invoice: it states the whole sale and, when issued, deducts every deposit invoice
    /// of the quote (<see cref="QuoteDeposits"/>, <see cref="Domain.Totals.DepositSettlement"/>). Made from the quote
    /// rather than typed again, the sale it books is the one the deposits were a share of; lines may still be added.
    /// </summary>
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
        db.Documents.Add(invoice);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Document>.Success(invoice);
    }

    private static Task<Document?> FindQuote(FacturationDbContext db, string companyCode, string number, CancellationToken cancellationToken) =>
        db.Documents.SingleOrDefaultAsync(d => d.Type == DocumentType.Quote && d.Number == number
            && db.Companies.Any(c => c.Id == d.CompanyId && c.Code == companyCode), cancellationToken);

    private static Outcome<Document> NotFound(string number) =>
        Outcome<Document>.Failure("document.not-found", $"No quote '{number}'.", "Quote");
}
