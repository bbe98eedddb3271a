using System.Globalization;
using Facturation.Application.Common;
using Facturation.Application.Issuing;
using Facturation.Domain.Documents;
using Facturation.Domain.Lifecycle;
using Facturation.Persistence;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Documents;

/// <summary>
/// Deposit invoices (factures d'acompte) on an accepted quote: the percentage is split pro rata per VAT rate of the
/// quote (<see cref="DepositSplit"/>), one line per rate carrying the quote's rate (never re-decided).
/// </summary>
/// <param name="contexts">Database.</param>
/// <param name="time">Clock.</param>
public sealed class DepositService(IDbContextFactory<FacturationDbContext> contexts, TimeProvider time)
{
    /// <summary>Creates the deposit invoice draft.</summary>
    /// <param name="companyCode">Company.</param>
    /// <param name="quoteNumber">The sent or accepted quote.</param>
    /// <param name="percentage">Percentage of the quote, above 0 and below 100.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The draft or the problems.</returns>
    public async Task<Outcome<Document>> CreateAsync(string companyCode, string quoteNumber, decimal percentage, CancellationToken cancellationToken)
    {
        if (percentage is <= 0 or >= 100)
            return Outcome<Document>.Failure("range", "The deposit percentage must be above 0 and below 100.", "Percentage");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var quote = await db.Documents.SingleOrDefaultAsync(d => d.Type == DocumentType.Quote && d.Number == quoteNumber
            && db.Companies.Any(c => c.Id == d.CompanyId && c.Code == companyCode), cancellationToken);
        if (quote is null)
            return Outcome<Document>.Failure("document.not-found", $"No quote '{quoteNumber}'.", "Quote");
        if (quote.Status is not (DocumentStatus.Sent or DocumentStatus.Accepted))
            return Outcome<Document>.Failure("deposit.quote-status", $"A deposit is invoiced on a sent or accepted quote; '{quoteNumber}' is {quote.Status.ToString().ToLowerInvariant()}.", "Quote");
        var already = await db.Documents.Where(d => d.SourceQuoteId == quote.Id && d.Type == DocumentType.DepositInvoice && d.Status != DocumentStatus.Cancelled)
            .SumAsync(d => d.DepositPercentage ?? 0m, cancellationToken);
        if (already + percentage >= 100m)
            return Outcome<Document>.Failure("deposit.exceeds-quote", $"Deposits would reach {already + percentage} % of the quote; the balance is invoiced by the final invoice.", "Percentage");

        var snapshot = SnapshotJson.Deserialize(quote.SnapshotJson!);
        var deposit = new Document
        {
            CompanyId = quote.CompanyId,
            Type = DocumentType.DepositInvoice,
            CustomerId = quote.CustomerId,
            Currency = quote.Currency,
            ExchangeRate = quote.ExchangeRate,
            ExchangeRateDate = quote.ExchangeRateDate,
            ExchangeRateSource = quote.ExchangeRateSource,
            PurchaseOrderReference = quote.PurchaseOrderReference,
            SourceQuoteId = quote.Id,
            DepositPercentage = percentage,
            Note = string.Create(CultureInfo.InvariantCulture, $"Acompte de {percentage} % sur devis {quote.Number} du {quote.IssueDate:dd/MM/yyyy}"),
            CreatedAt = time.GetUtcNow(),
        };
        var position = 0;
        var nature = snapshot.Lines.All(l => l.Line.Nature == LineNature.Goods) ? LineNature.Goods : LineNature.Service;
        foreach (var share in DepositSplit.Split(snapshot.TaxBreakdown, percentage))
        {
            // The regime still sees a class it knows; the quote's decision for that rate is imposed on the line.
            var taxClass = snapshot.Lines.FirstOrDefault(l => l.Tax.Category == share.Row.Category && l.Tax.RatePercent == share.Row.RatePercent)?.Line.TaxClass.Value
                ?? TaxClass.Standard.Value;
            deposit.Lines.Add(Line(++position, share, percentage, quote.Number!, nature, taxClass));
        }
        db.Documents.Add(deposit);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Document>.Success(deposit);
    }

    private static DraftLine Line(int position, DepositSplit.Share share, decimal percentage, string quoteNumber, LineNature nature, string taxClass) => new()
    {
        Position = position,
        Description = string.Create(CultureInfo.InvariantCulture, $"Acompte {percentage} % sur devis {quoteNumber} (TVA {share.Row.RatePercent} %)"),
        Quantity = 1m,
        UnitCode = "C62",
        UnitPrice = share.Base,
        Nature = nature,
        TaxClass = taxClass,
        Kind = LineKind.Deposit,
        FixedCategory = share.Row.Category,
        FixedRate = share.Row.RatePercent,
        FixedExemptionReason = share.Row.ExemptionReason,
        FixedExemptionCode = share.Row.ExemptionReasonCode,
        FixedTaxPoint = TaxPoint.OnInvoicing,
    };
}
