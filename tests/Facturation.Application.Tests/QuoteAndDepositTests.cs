using Facturation.Application.Documents;
using Facturation.Domain.Documents;
using Facturation.Domain.Lifecycle;
using Facturation.Sdk.Documents;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests;

public sealed class QuoteAndDepositTests
{
    [Fact]
    public async Task Quote_SentAcceptedConverted_TheInvoiceKeepsTheLinkAndTheLines()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var quote = await app.IssueAsync((await app.DraftAsync(DocumentType.Quote)).Id);
        var quotes = app.Get<QuoteService>();

        (await quotes.DecideAsync("acme", quote.Number, DocumentAction.Accept, default)).GetValueOrThrow();
        var invoiceDraft = (await quotes.ConvertAsync("acme", quote.Number, default)).GetValueOrThrow();
        var invoice = await app.IssueAsync(invoiceDraft.Id);

        Assert.Equal("Q-2026-00001", quote.Number);
        Assert.Equal("INV-2026-00001", invoice.Number);
        Assert.Equal(quote.Snapshot.Totals.TaxInclusiveAmount, invoice.Snapshot.Totals.TaxInclusiveAmount);
        await using var db = await app.DbAsync();
        Assert.Equal(DocumentStatus.Converted, (await db.Documents.SingleAsync(d => d.Id == quote.Id)).Status);
        Assert.Equal(quote.Id, (await db.Documents.SingleAsync(d => d.Id == invoice.Id)).SourceQuoteId);
    }

    [Theory]
    [InlineData(DocumentAction.Refuse, DocumentStatus.Refused)]
    [InlineData(DocumentAction.Expire, DocumentStatus.Expired)]
    public async Task Quote_RefusedOrExpired_CannotBeConverted(DocumentAction decision, DocumentStatus status)
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var quote = await app.IssueAsync((await app.DraftAsync(DocumentType.Quote)).Id);
        var quotes = app.Get<QuoteService>();

        var decided = (await quotes.DecideAsync("acme", quote.Number, decision, default)).GetValueOrThrow();
        var convert = await quotes.ConvertAsync("acme", quote.Number, default);

        Assert.Equal(status, decided.Status);
        Assert.Equal("lifecycle.forbidden", Assert.Single(convert.Problems).Code);
    }

    [Fact]
    public async Task Deposit_SplitsProRataPerRate_AndTheFinalInvoiceSellsTheWholeQuoteAndDeductsTheSameBases()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        // Bases 333.33 at 20 % and 166.67 at 5.5 %: 30 % gives 99.999 and 50.001 → 100.00 + 50.00 = 150.00 = round(500 × 30 %).
        var quote = await app.IssueAsync((await app.DraftAsync(DocumentType.Quote, lines:
        [
            new LineInput { Description = "Pose", Quantity = 1m, UnitPrice = 333.33m },
            new LineInput { Description = "Matériel", Quantity = 1m, UnitPrice = 166.67m, TaxClass = "reduced", Nature = LineNature.Goods },
        ])).Id);
        await app.Get<QuoteService>().DecideAsync("acme", quote.Number, DocumentAction.Accept, default);

        var depositDraft = (await app.Get<DepositService>().CreateAsync("acme", quote.Number, 30m, default)).GetValueOrThrow();
        var deposit = await app.IssueAsync(depositDraft.Id);
        var finalDraft = (await app.Get<QuoteService>().ConvertAsync("acme", quote.Number, default)).GetValueOrThrow();
        var final = await app.IssueAsync(finalDraft.Id);

        Assert.Equal("DEP-2026-00001", deposit.Number);
        var reference = Assert.Single(final.Snapshot.Document.PrecedingDocuments);
        Assert.Equal((deposit.Number, DocumentType.DepositInvoice), (reference.Number, reference.Type));
        Assert.Equal(150m, deposit.Snapshot.Totals.TaxExclusiveAmount.Amount);
        Assert.Equal([100m, 50m], deposit.Snapshot.TaxBreakdown.Select(b => b.TaxableAmount.Amount));
        // The final invoice states the whole sale: its breakdown is the quote's.
        Assert.All(final.Snapshot.Lines, l => Assert.True(l.NetAmount.Amount > 0m));
        Assert.Equal(quote.Snapshot.TaxBreakdown.Select(b => (b.RatePercent, b.TaxableAmount.Amount, b.TaxAmount.Amount)),
            final.Snapshot.TaxBreakdown.Select(b => (b.RatePercent, b.TaxableAmount.Amount, b.TaxAmount.Amount)));
        // It deducts each rate of the deposit as invoiced, and the paid amount is their sum (BT-113).
        Assert.Equal(deposit.Snapshot.TaxBreakdown.Select(b => (deposit.Number, b.RatePercent, b.TaxableAmount.Amount, b.TaxAmount.Amount)),
            final.Snapshot.DepositDeductions.Select(d => (d.Deposit.Number, d.RatePercent, d.TaxableAmount.Amount, d.TaxAmount.Amount)));
        var totals = final.Snapshot.Totals;
        Assert.Equal(deposit.Snapshot.Totals.TaxInclusiveAmount.Amount, totals.PrepaidAmount.Amount);
        Assert.Equal(quote.Snapshot.Totals.TaxInclusiveAmount.Amount, totals.TaxInclusiveAmount.Amount);
        Assert.Equal(totals.TaxInclusiveAmount.Amount - totals.PrepaidAmount.Amount, totals.AmountDue.Amount);
    }

    [Fact]
    public async Task Deposit_VatOneCentCase_TheFinalInvoiceRoundsTheWholeVatOnceAndDeductsTheDepositsVatAsInvoiced()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        // Base 100.05 at 5.5 %: VAT 5.50275 → 5.50. Deposit 50 %: base 50.03 (50.025 rounded up), VAT 2.75165 → 2.75.
        // The final invoice sells 100.05 + 5.50 = 105.55 and deducts 50.03 + 2.75 = 52.78: 52.77 due; VAT 5.50 once.
        var quote = await app.IssueAsync((await app.DraftAsync(DocumentType.Quote, lines:
            [new LineInput { Description = "Travaux", Quantity = 1m, UnitPrice = 100.05m, TaxClass = "reduced" }])).Id);
        await app.Get<QuoteService>().DecideAsync("acme", quote.Number, DocumentAction.Accept, default);

        var deposit = await app.IssueAsync((await app.Get<DepositService>().CreateAsync("acme", quote.Number, 50m, default)).GetValueOrThrow().Id);
        var final = await app.IssueAsync((await app.Get<QuoteService>().ConvertAsync("acme", quote.Number, default)).GetValueOrThrow().Id);

        Assert.Equal((50.03m, 2.75m), (deposit.Snapshot.TaxBreakdown.Single().TaxableAmount.Amount, deposit.Snapshot.TaxBreakdown.Single().TaxAmount.Amount));
        Assert.Equal(5.50m, final.Snapshot.Totals.TaxTotal.Amount);
        var deducted = Assert.Single(final.Snapshot.DepositDeductions);
        Assert.Equal((50.03m, 2.75m), (deducted.TaxableAmount.Amount, deducted.TaxAmount.Amount));
        Assert.Equal((52.78m, 52.77m), (final.Snapshot.Totals.PrepaidAmount.Amount, final.Snapshot.Totals.AmountDue.Amount));
    }

    [Fact]
    public async Task Deposit_PastTheWholeQuote_IsRefused_UpToItIsAccepted()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var quote = await app.IssueAsync((await app.DraftAsync(DocumentType.Quote)).Id);
        await app.Get<QuoteService>().DecideAsync("acme", quote.Number, DocumentAction.Accept, default);
        var deposits = app.Get<DepositService>();
        (await deposits.CreateAsync("acme", quote.Number, 60m, default)).GetValueOrThrow();

        var past = await deposits.CreateAsync("acme", quote.Number, 40.01m, default);
        var rest = await deposits.CreateAsync("acme", quote.Number, 40m, default);

        var problem = Assert.Single(past.Problems);
        Assert.Equal(("deposit.exceeds-quote", "Percentage"), (problem.Code, problem.Field));
        Assert.Contains("100.01 %", problem.Message, StringComparison.Ordinal);
        Assert.True(rest.Succeeded);
    }

    [Fact]
    public void DepositSplit_LeftoverCentGoesToTheLargestBase()
    {
        Sdk.Taxes.TaxSubtotal Row(decimal rate, decimal amount) => new(Sdk.Taxes.VatCategory.StandardRate, rate,
            new Sdk.Common.Money(amount, Sdk.Common.CurrencyCode.Eur), new Sdk.Common.Money(0m, Sdk.Common.CurrencyCode.Eur));

        // 10 % of 0.05 + 0.05 + 0.90: shares 0.01 (0.005↑), 0.01, 0.09 = 0.11 but the total is round(1.00 × 10 %) = 0.10.
        var shares = DepositSplit.Split([Row(20m, 0.05m), Row(10m, 0.05m), Row(5.5m, 0.90m)], 10m);

        Assert.Equal(0.10m, shares.Sum(s => s.Base));
        Assert.Equal(0.08m, shares.Single(s => s.Row.RatePercent == 5.5m).Base);
    }
}
