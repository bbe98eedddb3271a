using System.Globalization;
using Facturation.Application.Common;
using Facturation.Application.Issuing;
using Facturation.Domain.Documents;
using Facturation.Domain.Lifecycle;
using Facturation.Domain.Money;
using Facturation.Persistence;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Documents;

/// <summary>
/// Deposit invoices (factures d'acompte) on an accepted quote, as a percentage or as an amount with VAT: the deposit is
/// split pro rata over the quote's VAT rates (<see cref="DepositSplit"/>), one line per rate carrying the quote's rate
/// (never re-decided). The quote's final invoice (<see cref="QuoteService.ConvertAsync"/>) deducts them all.
/// </summary>
/// <param name="contexts">Database.</param>
/// <param name="time">Clock.</param>
public sealed class DepositService(IDbContextFactory<FacturationDbContext> contexts, TimeProvider time)
{
    /// <summary>Creates the deposit invoice draft for a percentage of the quote.</summary>
    /// <param name="companyCode">Company.</param>
    /// <param name="quoteNumber">The accepted quote.</param>
    /// <param name="percentage">Percentage of the quote, above 0 and at most 100 with the earlier deposits.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The draft or the problems.</returns>
    public Task<Outcome<Document>> CreateAsync(string companyCode, string quoteNumber, decimal percentage, CancellationToken cancellationToken) =>
        CreateAsync(companyCode, quoteNumber, new DepositInput { Percentage = percentage }, cancellationToken);

    /// <summary>Creates the deposit invoice draft.</summary>
    /// <param name="companyCode">Company.</param>
    /// <param name="quoteNumber">The accepted quote.</param>
    /// <param name="input">Percentage or amount with VAT.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The draft or the problems.</returns>
    public async Task<Outcome<Document>> CreateAsync(string companyCode, string quoteNumber, DepositInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var validator = new Validator()
            .When(input.Percentage is null == input.Amount is null, "Percentage", "deposit.percentage-or-amount", "Give either Percentage or Amount (with VAT).")
            .When(input.Percentage is <= 0 or > 100, "Percentage", "range", "The deposit percentage must be above 0 and at most 100.")
            .When(input.Amount is <= 0, "Amount", "amount.not-positive", "Amount must be above zero.")
            .When(input.Amount is { } a && !RoundingPolicy.HasAtMostDecimals(a, RoundingPolicy.AmountDecimals), "Amount", "amount.decimals", "Amount has at most 2 decimals.");
        if (!validator.IsValid)
            return Outcome<Document>.Failure(validator.Problems);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var quote = await db.Documents.SingleOrDefaultAsync(d => d.Type == DocumentType.Quote && d.Number == quoteNumber
            && db.Companies.Any(c => c.Id == d.CompanyId && c.Code == companyCode), cancellationToken);
        if (quote is null)
            return Outcome<Document>.Failure("document.not-found", $"No quote '{quoteNumber}'.", "Quote");
        // The customer's agreement comes first (a refused, expired or unsent quote asks for nothing); once converted,
        // the final invoice invoices the rest.
        if (quote.Status != DocumentStatus.Accepted)
            return Outcome<Document>.Failure("deposit.quote-status", $"A deposit is invoiced on an accepted quote; '{quoteNumber}' is {quote.Status.ToString().ToLowerInvariant()}.", "Quote");

        var snapshot = SnapshotJson.Deserialize(quote.SnapshotJson!);
        var breakdown = snapshot.TaxBreakdown;
        var (shares, unreachable) = input.Amount is { } amount ? SplitAmount(breakdown, amount) : (DepositSplit.Split(breakdown, input.Percentage!.Value), null);
        if (unreachable is not null)
            return Outcome<Document>.Failure([unreachable]);
        var field = input.Amount is null ? "Percentage" : "Amount";
        if (shares!.Count == 0)
            return Outcome<Document>.Failure("deposit.nothing-to-ask", $"Quote '{quoteNumber}' has no base to ask a deposit on.", field);
        if (await ExceedsQuoteAsync(db, quote, breakdown, shares, field, cancellationToken) is { } exceeds)
            return Outcome<Document>.Failure([exceeds]);

        var what = input.Percentage is { } percentage
            ? string.Create(CultureInfo.InvariantCulture, $"{percentage} %")
            : string.Create(CultureInfo.InvariantCulture, $"{input.Amount:0.00} {quote.Currency} TTC");
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
            DepositPercentage = input.Percentage,
            Note = string.Create(CultureInfo.InvariantCulture, $"Acompte de {what} sur devis {quote.Number} du {quote.IssueDate:dd/MM/yyyy}"),
            CreatedAt = time.GetUtcNow(),
        };
        var position = 0;
        var nature = snapshot.Lines.All(l => l.Line.Nature == LineNature.Goods) ? LineNature.Goods : LineNature.Service;
        foreach (var share in shares)
        {
            // The regime still sees a class it knows; the quote's decision for that rate is imposed on the line.
            var taxClass = snapshot.Lines.FirstOrDefault(l => l.Tax.Category == share.Row.Category && l.Tax.RatePercent == share.Row.RatePercent)?.Line.TaxClass.Value
                ?? TaxClass.Standard.Value;
            deposit.Lines.Add(Line(++position, share, input.Percentage, quote.Number!, nature, taxClass));
        }
        db.Documents.Add(deposit);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Document>.Success(deposit);
    }

    private static (IReadOnlyList<DepositSplit.Share>? Shares, Problem? Problem) SplitAmount(IReadOnlyList<TaxSubtotal> breakdown, decimal amount)
    {
        var inclusive = breakdown.Sum(r => r.TaxableAmount.Amount + r.TaxAmount.Amount);
        return amount > inclusive
            ? (null, new Problem("deposit.exceeds-quote",
                string.Create(CultureInfo.InvariantCulture, $"A deposit of {amount:0.00} exceeds the quote's total with VAT ({inclusive:0.00})."), "Amount"))
            : DepositSplit.SplitAmount(breakdown, amount);
    }

    // Deposits (drafts and issued, not cancelled) may ask at most the quote's base at each rate: past 100 % is refused.
    private static async Task<Problem?> ExceedsQuoteAsync(
        FacturationDbContext db, Document quote, IReadOnlyList<TaxSubtotal> breakdown, IReadOnlyList<DepositSplit.Share> shares, string field,
        CancellationToken cancellationToken)
    {
        var earlier = await QuoteDeposits.DepositedBasesAsync(db, quote.Id, cancellationToken);
        var quoted = breakdown.Sum(r => r.TaxableAmount.Amount);
        var asked = earlier.Values.Sum() + shares.Sum(s => s.Base);
        var over = shares.Any(s => earlier.GetValueOrDefault((s.Row.Category, s.Row.RatePercent)) + s.Base > s.Row.TaxableAmount.Amount);
        return !over && asked <= quoted ? null : new Problem("deposit.exceeds-quote", string.Create(CultureInfo.InvariantCulture,
            $"Deposits would reach {asked / quoted * 100m:0.##} % of quote {quote.Number} (bases {asked:0.00} of {quoted:0.00}); they may not exceed 100 %."),
            field);
    }

    private static DraftLine Line(int position, DepositSplit.Share share, decimal? percentage, string quoteNumber, LineNature nature, string taxClass) => new()
    {
        Position = position,
        Description = string.Create(CultureInfo.InvariantCulture,
            $"Acompte{(percentage is { } p ? $" {p} %" : "")} sur devis {quoteNumber} (TVA {share.Row.RatePercent} %)"),
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
