using Facturation.Application.Documents;
using Facturation.Application.Issuing;
using Facturation.Application.Payments;
using Facturation.Domain.Lifecycle;
using Facturation.Sdk.Documents;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests.Payments;

public sealed class IssuedCreditorReferenceTests
{
    [Fact]
    public async Task Issue_Invoice_FreezesAValidReferenceInTheStoredSnapshot()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();

        var issued = await app.IssueAsync((await app.DraftAsync()).Id);

        var reference = issued.Snapshot.Document.PaymentTerms?.CreditorReference;
        Assert.True(CreditorReference.IsValid(reference), reference);
        Assert.Equal(CreditorReference.FromDocumentNumber(issued.Number), reference);
        await using var db = await app.DbAsync();
        var stored = await db.Documents.SingleAsync(d => d.Id == issued.Id);
        Assert.Equal(reference, SnapshotJson.Deserialize(stored.SnapshotJson!).Document.PaymentTerms?.CreditorReference);
        // The hash is taken after the reference went in: it covers it.
        Assert.Contains($"\"CreditorReference\":\"{reference}\"", stored.SnapshotJson, StringComparison.Ordinal);
        Assert.Equal(SnapshotJson.Hash(stored.SnapshotJson!), stored.SnapshotHash);
    }

    [Fact]
    public async Task Issue_DepositInvoice_HasAReference_TheQuoteHasNone()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var quote = await app.IssueAsync((await app.DraftAsync(DocumentType.Quote)).Id);
        await app.Get<QuoteService>().DecideAsync("acme", quote.Number, DocumentAction.Accept, default);

        var deposit = await app.IssueAsync((await app.Get<DepositService>().CreateAsync("acme", quote.Number, 30m, default)).GetValueOrThrow().Id);

        Assert.Null(quote.Snapshot.Document.PaymentTerms?.CreditorReference);
        Assert.Equal(CreditorReference.FromDocumentNumber(deposit.Number), deposit.Snapshot.Document.PaymentTerms?.CreditorReference);
        Assert.True(CreditorReference.IsValid(deposit.Snapshot.Document.PaymentTerms?.CreditorReference));
    }

    [Fact]
    public async Task Issue_CreditNote_HasNoReference()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var invoice = await app.IssueAsync((await app.DraftAsync()).Id);

        var credit = await app.IssueAsync((await app.Get<CreditNoteService>().CreateAsync("acme", invoice.Number, full: true, default)).GetValueOrThrow().Id);

        Assert.NotNull(invoice.Snapshot.Document.PaymentTerms?.CreditorReference);
        Assert.Null(credit.Snapshot.Document.PaymentTerms?.CreditorReference);
        await using var db = await app.DbAsync();
        var stored = await db.Documents.SingleAsync(d => d.Id == credit.Id);
        Assert.DoesNotContain("CreditorReference", stored.SnapshotJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issue_TwoInvoices_GetDifferentReferences()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();

        var first = await app.IssueAsync((await app.DraftAsync()).Id);
        var second = await app.IssueAsync((await app.DraftAsync()).Id);

        Assert.NotEqual(first.Snapshot.Document.PaymentTerms?.CreditorReference, second.Snapshot.Document.PaymentTerms?.CreditorReference);
    }
}
