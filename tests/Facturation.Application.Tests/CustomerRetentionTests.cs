using Facturation.Application.Customers;
using Facturation.Application.Documents;
using Facturation.Application.Issuing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests;

/// <summary>Customers used by issued documents are archived or anonymised, never deleted, and issued snapshots never change.</summary>
public sealed class CustomerRetentionTests
{
    [Fact]
    public async Task Anonymise_ErasesThePersonFromTheRecordButNotFromIssuedSnapshots()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var issued = await app.IssueAsync((await app.DraftAsync()).Id);

        var anonymised = (await app.Get<CustomerService>().AnonymiseAsync("acme", "C001", default)).GetValueOrThrow();

        Assert.Equal("Anonymised customer", anonymised.Name);
        Assert.Null(anonymised.Email);
        Assert.NotNull(anonymised.AnonymisedAt);
        await using var db = await app.DbAsync();
        var snapshot = SnapshotJson.Deserialize((await db.Documents.SingleAsync(d => d.Id == issued.Id)).SnapshotJson!);
        Assert.Equal("Client Martin SARL", snapshot.Document.Buyer.Name);
        Assert.Contains(await db.AuditEvents.Select(e => e.Action).ToListAsync(), a => a == "customer.anonymised");
    }

    [Fact]
    public async Task ArchivedCustomer_IsHiddenAndCannotReceiveNewDocuments()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        await app.IssueAsync((await app.DraftAsync()).Id);
        var customers = app.Get<CustomerService>();

        await customers.ArchiveAsync("acme", "C001", default);
        var draft = await app.Get<DocumentService>().CreateDraftAsync("acme", new DraftInput { CustomerCode = "C001" }, default);

        Assert.Equal("customer.archived", Assert.Single(draft.Problems).Code);
        Assert.Empty(await customers.ListAsync("acme", includeArchived: false, default));
        Assert.Single(await customers.ListAsync("acme", includeArchived: true, default));
    }

    [Fact]
    public async Task CustomerUsedByAnIssuedInvoice_CannotBeDeletedFromTheDatabase()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        await app.IssueAsync((await app.DraftAsync()).Id);
        await using var db = await app.DbAsync();

        db.Customers.Remove(await db.Customers.SingleAsync());

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}
