using Facturation.Application.Documents;
using Facturation.Domain.Lifecycle;
using Facturation.Sdk.Documents;

namespace Facturation.Application.Tests;

/// <summary>List pages filter and sort by amount in the database (amounts stored as integer cents).</summary>
public sealed class DocumentListTests
{
    [Fact]
    public async Task List_FiltersAndSortsByTotalInTheDatabase()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        foreach (var price in new[] { 9.99m, 100m, 1000m, 55.5m, 2.05m })
            await app.IssueAsync((await app.DraftAsync(lines: [new LineInput { Description = "x", UnitPrice = price }])).Id);
        await app.DraftAsync();

        var list = await app.Get<DocumentService>().ListAsync("acme", new DocumentFilter
        {
            Status = DocumentStatus.Issued, MinTotal = 12m, MaxTotal = 1200m, Sort = DocumentSort.TotalDescending,
        }, default);

        Assert.Equal([1200m, 120m, 66.6m], list.Select(d => d.TaxInclusive));
        Assert.All(list, d => Assert.Equal("C001", d.CustomerCode));
    }

    [Fact]
    public async Task List_ByNumber_IsChronologicalAndDraftsHaveNoNumber()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        for (var i = 0; i < 3; i++)
            await app.IssueAsync((await app.DraftAsync()).Id);
        await app.DraftAsync();

        var all = await app.Get<DocumentService>().ListAsync("acme", new DocumentFilter { Type = DocumentType.Invoice }, default);
        var drafts = await app.Get<DocumentService>().ListAsync("acme", new DocumentFilter { Status = DocumentStatus.Draft }, default);

        Assert.Equal(["INV-2026-00001", "INV-2026-00002", "INV-2026-00003"], all.Where(d => d.Number is not null).Select(d => d.Number));
        Assert.Null(Assert.Single(drafts).Number);
    }
}
