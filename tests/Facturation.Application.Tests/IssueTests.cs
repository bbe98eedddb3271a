using Facturation.Application.Customers;
using Facturation.Application.Documents;
using Facturation.Application.Issuing;
using Facturation.Domain.Lifecycle;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests;

public sealed class IssueTests
{
    [Fact]
    public async Task Issue_Draft_GetsTheFirstNumberOfTheYearAndFrozenTotals()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var draft = await app.DraftAsync(lines:
        [
            new LineInput { Description = "Conseil", Quantity = 3m, UnitPrice = 120m, UnitCode = "HUR" },
            new LineInput { Description = "Livre", Quantity = 2m, UnitPrice = 15.5m, TaxClass = "reduced", Nature = LineNature.Goods },
        ]);

        var issued = await app.IssueAsync(draft.Id);

        Assert.Equal("INV-2026-00001", issued.Number);
        var totals = issued.Snapshot.Totals;
        Assert.Equal(391m, totals.TaxExclusiveAmount.Amount);
        Assert.Equal(72m + 1.71m, totals.TaxTotal.Amount);
        Assert.Equal(464.71m, totals.TaxInclusiveAmount.Amount);
        Assert.Equal([20m, 5.5m], issued.Snapshot.TaxBreakdown.Select(b => b.RatePercent));
        Assert.Equal("Client Martin SARL", issued.Snapshot.Document.Buyer.Name);
        Assert.Equal(new DateOnly(2026, 3, 10), issued.Snapshot.Document.IssueDate);
        Assert.Contains(issued.Snapshot.Plugins, p => p.PluginId == "Facturation.Plugins.StandardVat" && p.Role == "tax-regime:standard-vat");
        await using var db = await app.DbAsync();
        var stored = await db.Documents.SingleAsync(d => d.Id == draft.Id);
        Assert.Equal(DocumentStatus.Issued, stored.Status);
        Assert.Equal(46471, stored.TaxInclusiveMinor);
        Assert.Equal(SnapshotJson.Hash(stored.SnapshotJson!), stored.SnapshotHash);
        Assert.Equal(new DateOnly(2026, 4, 9), stored.DueDate);
    }

    [Fact]
    public async Task Issue_EmptyInvoice_IsRefusedAndConsumesNoNumber()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var empty = (await app.Get<DocumentService>().CreateDraftAsync("acme", new DraftInput { CustomerCode = "C001" }, default)).GetValueOrThrow();

        var outcome = await app.TryIssueAsync(empty.Id);
        var next = await app.IssueAsync((await app.DraftAsync()).Id);

        Assert.Equal("document.empty", Assert.Single(outcome.Problems).Code);
        Assert.Equal("INV-2026-00001", next.Number);
    }

    [Fact]
    public async Task Issue_TwiceTheSameDocument_SecondIsRefused()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var draft = await app.DraftAsync();
        await app.IssueAsync(draft.Id);

        var again = await app.TryIssueAsync(draft.Id);

        Assert.Equal("lifecycle.forbidden", Assert.Single(again.Problems).Code);
    }

    [Fact]
    public async Task Issue_NewYear_StartsTheNewYearsSeriesAtOne()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        await app.IssueAsync((await app.DraftAsync()).Id);
        await app.IssueAsync((await app.DraftAsync()).Id);
        // 31 Dec 2026 23:30 UTC is already 1 Jan 2027 in Paris: the company's local date decides.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero));

        var first2027 = await app.IssueAsync((await app.DraftAsync()).Id);

        Assert.Equal("INV-2027-00001", first2027.Number);
        Assert.Equal(new DateOnly(2027, 1, 1), first2027.Snapshot.Document.IssueDate);
    }

    [Fact]
    public async Task Issue_ClockBeforeTheLastIssueDate_IsRefusedAsBackdating()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        await app.IssueAsync((await app.DraftAsync()).Id);
        // AdjustTime, not SetUtcNow: the clock is put back, as a system clock can be.
        app.Clock.AdjustTime(new DateTimeOffset(2026, 3, 9, 10, 0, 0, TimeSpan.Zero));

        var outcome = await app.TryIssueAsync((await app.DraftAsync()).Id);

        Assert.Equal("numbering.backdated", Assert.Single(outcome.Problems).Code);
    }

    [Fact]
    public async Task CustomerEditAfterIssue_DoesNotChangeTheSnapshot()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var issued = await app.IssueAsync((await app.DraftAsync()).Id);
        await using var before = await app.DbAsync();
        var json = (await before.Documents.SingleAsync(d => d.Id == issued.Id)).SnapshotJson;

        var update = await app.Get<CustomerService>().UpdateAsync("acme", "C001", new CustomerInput
        {
            Code = "C001", Name = "Martin Renamed SA",
            BillingAddress = new Domain.Parties.Address { Line1 = "1 quai", PostCode = "13001", City = "Marseille", Country = "FR" },
        }, default);

        Assert.True(update.Succeeded);
        await using var after = await app.DbAsync();
        var stored = await after.Documents.SingleAsync(d => d.Id == issued.Id);
        Assert.Equal(json, stored.SnapshotJson);
        Assert.Equal("Client Martin SARL", SnapshotJson.Deserialize(stored.SnapshotJson!).Document.Buyer.Name);
        Assert.Equal("Lyon", SnapshotJson.Deserialize(stored.SnapshotJson!).Document.Buyer.Address.City);
    }

    [Fact]
    public async Task Snapshot_RoundTripsThroughItsCanonicalJson()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var issued = await app.IssueAsync((await app.DraftAsync()).Id);

        var json = SnapshotJson.Serialize(issued.Snapshot);
        var back = SnapshotJson.Deserialize(json);

        Assert.Equal(json, SnapshotJson.Serialize(back));
        Assert.Equal(VatCategory.StandardRate, back.TaxBreakdown.Single().Category);
    }
}
