using Facturation.Application.Documents;
using Facturation.Domain.Lifecycle;
using Facturation.Sdk.Documents;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests;

/// <summary>An issued document stays byte for byte what it was, whatever path tries to change it.</summary>
public sealed class ImmutabilityTests
{
    [Fact]
    public async Task IssuedInvoice_EveryEditPathIsRefusedAndNothingChanges()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var issued = await app.IssueAsync((await app.DraftAsync()).Id);
        var before = await Row(app, issued.Id);
        var documents = app.Get<DocumentService>();
        var quotes = app.Get<QuoteService>();

        var attempts = new List<(string Path, IReadOnlyList<Sdk.Common.Problem> Problems)>
        {
            ("add line", (await documents.AddLineAsync(issued.Id, new LineInput { Description = "x", UnitPrice = 1m }, default)).Problems),
            ("add allowance", (await documents.AddAllowanceChargeAsync(issued.Id, new AllowanceChargeInput { Amount = 1m, Reason = "x" }, default)).Problems),
            ("delete", (await documents.DeleteDraftAsync(issued.Id, "test", default)).Problems),
            ("issue again", (await app.TryIssueAsync(issued.Id)).Problems),
            ("accept as quote", (await quotes.DecideAsync("acme", issued.Number, DocumentAction.Accept, default)).Problems),
            ("convert as quote", (await quotes.ConvertAsync("acme", issued.Number, default)).Problems),
            ("deposit on it", (await app.Get<DepositService>().CreateAsync("acme", issued.Number, 10m, default)).Problems),
        };

        Assert.All(attempts, a => Assert.True(a.Problems.Count > 0, $"'{a.Path}' was not refused"));
        Assert.Equal(before, await Row(app, issued.Id));
    }

    [Fact]
    public async Task Draft_CanBeDeleted_LeavingAnAuditTrace()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var draft = await app.DraftAsync();

        var deleted = await app.Get<DocumentService>().DeleteDraftAsync(draft.Id, "alice", default);

        Assert.True(deleted.Succeeded);
        await using var db = await app.DbAsync();
        Assert.False(await db.Documents.AnyAsync(d => d.Id == draft.Id));
        var trace = await db.AuditEvents.SingleAsync(e => e.EntityId == draft.Id);
        Assert.Equal(("alice", "document.draft-deleted"), (trace.Actor, trace.Action));
    }

    private static async Task<string> Row(TestApp app, Guid id)
    {
        await using var db = await app.DbAsync();
        var d = await db.Documents.AsNoTracking().SingleAsync(x => x.Id == id);
        return string.Join('|', d.Status, d.Number, d.IssueDate, d.SnapshotJson, d.SnapshotHash, d.TaxInclusiveMinor, d.Lines.Count, d.AllowancesCharges.Count, d.CreditedMinor);
    }
}
