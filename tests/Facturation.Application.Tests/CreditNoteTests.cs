using Facturation.Application.Documents;
using Facturation.Application.Issuing;
using Facturation.Domain.Lifecycle;
using Facturation.Sdk.Documents;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests;

public sealed class CreditNoteTests
{
    [Fact]
    public async Task FullCreditNote_ReferencesTheInvoiceMirrorsItAndCancelsIt()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var invoice = await app.IssueAsync((await app.DraftAsync(lines:
        [
            new LineInput { Description = "Conseil", Quantity = 2m, UnitPrice = 100m },
            new LineInput { Description = "Livre", Quantity = 1m, UnitPrice = 30m, TaxClass = "reduced", Nature = LineNature.Goods },
        ])).Id);

        var draft = (await app.Get<CreditNoteService>().CreateAsync("acme", invoice.Number, full: true, default)).GetValueOrThrow();
        var credit = await app.IssueAsync(draft.Id);

        Assert.Equal("CN-2026-00001", credit.Number);
        var reference = Assert.Single(credit.Snapshot.Document.PrecedingDocuments);
        Assert.Equal((invoice.Number, new DateOnly(2026, 3, 10)), (reference.Number, reference.IssueDate));
        Assert.Equal(invoice.Snapshot.Totals.TaxInclusiveAmount, credit.Snapshot.Totals.TaxInclusiveAmount);
        Assert.Equal(invoice.Snapshot.TaxBreakdown.Select(b => (b.RatePercent, b.TaxableAmount, b.TaxAmount)),
            credit.Snapshot.TaxBreakdown.Select(b => (b.RatePercent, b.TaxableAmount, b.TaxAmount)));
        await using var db = await app.DbAsync();
        Assert.Equal(DocumentStatus.Cancelled, (await db.Documents.SingleAsync(d => d.Id == invoice.Id)).Status);
    }

    [Fact]
    public async Task PartialCreditNotes_ReduceWhatIsDueAndCannotExceedTheInvoice()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var invoice = await app.IssueAsync((await app.DraftAsync(lines: [new LineInput { Description = "Conseil", Quantity = 10m, UnitPrice = 100m }])).Id);
        var credits = app.Get<CreditNoteService>();
        var documents = app.Get<DocumentService>();

        var first = (await credits.CreateAsync("acme", invoice.Number, full: false, default)).GetValueOrThrow();
        await documents.AddLineAsync(first.Id, new LineInput { Description = "Geste commercial", Quantity = 1m, UnitPrice = 400m }, default);
        await app.IssueAsync(first.Id);
        var second = (await credits.CreateAsync("acme", invoice.Number, full: false, default)).GetValueOrThrow();
        await documents.AddLineAsync(second.Id, new LineInput { Description = "Trop", Quantity = 1m, UnitPrice = 700m }, default);
        var refused = await app.TryIssueAsync(second.Id);

        Assert.Equal("credit.exceeds-invoice", Assert.Single(refused.Problems).Code);
        await using var db = await app.DbAsync();
        var stored = await db.Documents.SingleAsync(d => d.Id == invoice.Id);
        Assert.Equal(DocumentStatus.Issued, stored.Status);
        Assert.Equal(48000, stored.CreditedMinor);
        Assert.Null((await db.Documents.SingleAsync(d => d.Id == second.Id)).Number);
    }

    [Fact]
    public async Task FullCreditNote_OnACancelledInvoice_IsRefused()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var invoice = await app.IssueAsync((await app.DraftAsync()).Id);
        await app.IssueAsync((await app.Get<CreditNoteService>().CreateAsync("acme", invoice.Number, true, default)).GetValueOrThrow().Id);

        var again = await app.Get<CreditNoteService>().CreateAsync("acme", invoice.Number, true, default);

        Assert.Equal("lifecycle.forbidden", Assert.Single(again.Problems).Code);
    }

    [Fact]
    public async Task FullCreditNote_KeepsTheInvoicesRatesEvenIfTheRegimeChangedSince()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var invoice = await app.IssueAsync((await app.DraftAsync()).Id);
        await using (var db = await app.DbAsync())
        {
            var company = await db.Companies.SingleAsync();
            company.PluginSettings = new() { ["Facturation.Plugins.StandardVat"] = new() { ["rate.standard"] = "21" } };
            await db.SaveChangesAsync();
        }

        var credit = await app.IssueAsync((await app.Get<CreditNoteService>().CreateAsync("acme", invoice.Number, true, default)).GetValueOrThrow().Id);

        Assert.Equal(20m, credit.Snapshot.TaxBreakdown.Single().RatePercent);
        Assert.Equal(invoice.Snapshot.Totals.TaxTotal, credit.Snapshot.Totals.TaxTotal);
    }
}
