using Facturation.Application.Documents;
using Facturation.Domain.Lifecycle;
using Facturation.Sdk.Documents;

namespace Facturation.Application.Tests;

/// <summary>Deposit invoices on an accepted quote and the final invoice that deducts them (standard VAT plugin, real SQLite).</summary>
public sealed class DepositTests
{
    [Fact]
    public async Task Deposit_ByAmount_MakesExactlyThatAmountWithVat()
    {
        await using var app = await StartAsync();
        var quote = await AcceptedQuoteAsync(app, new LineInput { Description = "Rénovation", Quantity = 1m, UnitPrice = 3500m });

        var deposit = await app.IssueAsync((await app.Get<DepositService>().CreateAsync("acme", quote, new DepositInput { Amount = 1260m }, default)).GetValueOrThrow().Id);

        Assert.Equal((1050m, 210m, 1260m), (deposit.Snapshot.Totals.TaxExclusiveAmount.Amount, deposit.Snapshot.Totals.TaxTotal.Amount,
            deposit.Snapshot.Totals.TaxInclusiveAmount.Amount));
        Assert.Equal(DocumentType.DepositInvoice, deposit.Snapshot.Document.Type);
    }

    [Fact]
    public async Task Deposit_ByAnAmountPerRateRoundingCannotReach_IsRefusedNamingTheNearestAmounts()
    {
        await using var app = await StartAsync();
        var quote = await AcceptedQuoteAsync(app, new LineInput { Description = "Rénovation", Quantity = 1m, UnitPrice = 3500m });

        // Base 10.02 gives 10.02 + 2.00 = 12.02, base 10.03 gives 10.03 + 2.01 = 12.04: no base makes 12.03 at 20 %.
        var outcome = await app.Get<DepositService>().CreateAsync("acme", quote, new DepositInput { Amount = 12.03m }, default);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(("deposit.amount-unreachable", "Amount"), (problem.Code, problem.Field));
        Assert.Contains("12.02 and 12.04", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(DocumentAction.Refuse)]
    public async Task Deposit_OnAQuoteTheCustomerHasNotAccepted_IsRefused(DocumentAction? decision)
    {
        await using var app = await StartAsync();
        var quote = await app.IssueAsync((await app.DraftAsync(DocumentType.Quote)).Id);
        if (decision is { } answer)
            (await app.Get<QuoteService>().DecideAsync("acme", quote.Number, answer, default)).GetValueOrThrow();

        var outcome = await app.Get<DepositService>().CreateAsync("acme", quote.Number, 30m, default);

        Assert.Equal("deposit.quote-status", Assert.Single(outcome.Problems).Code);
    }

    [Fact]
    public async Task FinalInvoice_WhileADepositIsStillADraft_IsRefused_AndNoDepositIsAskedAfterIt()
    {
        await using var app = await StartAsync();
        var quote = await AcceptedQuoteAsync(app, new LineInput { Description = "Pose", Quantity = 1m, UnitPrice = 1000m });
        var pending = (await app.Get<DepositService>().CreateAsync("acme", quote, 30m, default)).GetValueOrThrow();
        var final = (await app.Get<QuoteService>().ConvertAsync("acme", quote, default)).GetValueOrThrow();

        var refused = await app.TryIssueAsync(final.Id);
        await app.IssueAsync(pending.Id);
        var issued = await app.IssueAsync(final.Id);
        var after = await app.Get<DepositService>().CreateAsync("acme", quote, 30m, default);
        var credit = await app.Get<CreditNoteService>().CreateAsync("acme", Assert.Single(issued.Snapshot.DepositDeductions).Deposit.Number, full: true, default);

        Assert.Equal("deposit.draft-pending", Assert.Single(refused.Problems).Code);
        Assert.Equal(360m, issued.Snapshot.Totals.PrepaidAmount.Amount);
        Assert.Equal("deposit.quote-status", Assert.Single(after.Problems).Code);
        Assert.Equal("credit.deposit-deducted", Assert.Single(credit.Problems).Code);
    }

    [Fact]
    public async Task FinalInvoice_DeductsAPartlyCreditedDepositNetOfItsCreditNote()
    {
        await using var app = await StartAsync();
        var quote = await AcceptedQuoteAsync(app, new LineInput { Description = "Pose", Quantity = 1m, UnitPrice = 1000m });
        var deposit = await app.IssueAsync((await app.Get<DepositService>().CreateAsync("acme", quote, 30m, default)).GetValueOrThrow().Id);
        var credit = (await app.Get<CreditNoteService>().CreateAsync("acme", deposit.Number, full: false, default)).GetValueOrThrow();
        (await app.Get<DocumentService>().AddLineAsync(credit.Id, new LineInput { Description = "Acompte trop perçu", UnitPrice = 100m }, default)).GetValueOrThrow();
        await app.IssueAsync(credit.Id);

        var final = await app.IssueAsync((await app.Get<QuoteService>().ConvertAsync("acme", quote, default)).GetValueOrThrow().Id);

        var deducted = Assert.Single(final.Snapshot.DepositDeductions);
        Assert.Equal((200m, 40m), (deducted.TaxableAmount.Amount, deducted.TaxAmount.Amount));
        Assert.Equal((1200m, 240m, 960m), (final.Snapshot.Totals.TaxInclusiveAmount.Amount, final.Snapshot.Totals.PrepaidAmount.Amount,
            final.Snapshot.Totals.AmountDue.Amount));
    }

    [Fact]
    public async Task FinalInvoice_SellingLessThanTheDepositsAtARate_IsRefusedNamingTheRate()
    {
        await using var app = await StartAsync();
        var quote = await AcceptedQuoteAsync(app,
            new LineInput { Description = "Pose", Quantity = 1m, UnitPrice = 1000m },
            new LineInput { Description = "Matériel", Quantity = 1m, UnitPrice = 500m, TaxClass = "reduced", Nature = LineNature.Goods });
        await app.IssueAsync((await app.Get<DepositService>().CreateAsync("acme", quote, 50m, default)).GetValueOrThrow().Id);
        var final = (await app.Get<QuoteService>().ConvertAsync("acme", quote, default)).GetValueOrThrow();
        await using (var db = await app.DbAsync())
        {
            // The customer dropped the material after the deposit: the final invoice no longer sells anything at 5.5 %.
            var tracked = db.Documents.Single(d => d.Id == final.Id);
            tracked.Lines.RemoveAll(l => l.TaxClass == "reduced");
            await db.SaveChangesAsync();
        }

        var refused = await app.TryIssueAsync(final.Id);

        var problem = Assert.Single(refused.Problems);
        Assert.Equal("deposit.exceeds-final", problem.Code);
        Assert.Contains("S 5.5 %", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonExport_LeavesOutTheFinalInvoiceDraftOfAQuoteWithDeposits()
    {
        await using var app = await StartAsync();
        var quote = await AcceptedQuoteAsync(app, new LineInput { Description = "Pose", Quantity = 1m, UnitPrice = 1000m });
        await app.IssueAsync((await app.Get<DepositService>().CreateAsync("acme", quote, 30m, default)).GetValueOrThrow().Id);
        (await app.Get<QuoteService>().ConvertAsync("acme", quote, default)).GetValueOrThrow();
        using var file = new MemoryStream();

        var summary = (await app.Get<Facturation.Application.Interchange.ExportService>().ExportJsonAsync(file, "acme", default)).GetValueOrThrow();

        // Imported elsewhere without its link to the quote, it would bill the whole sale again.
        Assert.Equal(0, summary.Drafts);
        Assert.Contains("final invoice of a quote with deposits", Assert.Single(summary.NotExported), StringComparison.Ordinal);
    }

    private static async Task<TestApp> StartAsync()
    {
        var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        return app;
    }

    private static async Task<string> AcceptedQuoteAsync(TestApp app, params LineInput[] lines)
    {
        var quote = await app.IssueAsync((await app.DraftAsync(DocumentType.Quote, lines: lines)).Id);
        (await app.Get<QuoteService>().DecideAsync("acme", quote.Number, DocumentAction.Accept, default)).GetValueOrThrow();
        return quote.Number;
    }
}
