using Facturation.Application.Interchange;
using Facturation.Application.Issuing;
using Facturation.Domain.Lifecycle;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.Interchange;

public sealed class ImportIssueTests
{
    [Fact]
    public async Task ImportWithIssue_Drafts_AreIssuedInFileOrderWithConsecutiveNumbersDatedToday()
    {
        await using var app = await TestApp.StartAsync();

        var report = await InterchangeFiles.ImportTextAsync(app, "clean.json", SampleFiles.Clean, issue: true);

        Assert.Equal(ImportStatus.Imported, report.Status);
        Assert.Equal(["OLD-D-1", "OLD-D-2", "OLD-D-3"], report.Issued.Select(i => i.SourceId));
        Assert.Equal(["INV-2026-00001", "INV-2026-00002"], report.Issued.Where(i => i.SourceId != "OLD-D-2").Select(i => i.Number));
        Assert.Empty(report.NotIssued);
        await using var db = await app.DbAsync();
        var documents = await db.Documents.ToListAsync();
        Assert.All(documents, d => Assert.Equal(new DateOnly(2026, 3, 10), d.IssueDate));
        Assert.Equal(DocumentStatus.Sent, documents.Single(d => d.SourceId == "OLD-D-2").Status);
    }

    [Fact]
    public async Task ImportWithIssue_IssueFailingAfterTheImport_StopsThereAndSaysExactlyWhichWereIssued()
    {
        await using var app = await TestApp.StartAsync(services => services.AddSingleton<IIssueObserver>(new FailingIssueObserver("OLD-D-2")));

        var report = await InterchangeFiles.ImportTextAsync(app, "clean.json", SampleFiles.Clean, issue: true);

        Assert.Equal(ImportStatus.IssueStopped, report.Status);
        Assert.True(report.Committed);
        Assert.Equal([("OLD-D-1", "INV-2026-00001")], report.Issued.Select(i => (i.SourceId, i.Number)));
        Assert.Equal(["OLD-D-2", "OLD-D-3"], report.NotIssued);
        var error = Assert.Single(report.Errors);
        Assert.Equal(("documents[1]", "issue.failed"), (error.Record, error.Code));
        Assert.Contains("disk unplugged", error.Message, StringComparison.Ordinal);
        await using var db = await app.DbAsync();
        var statuses = await db.Documents.ToDictionaryAsync(d => d.SourceId!, d => d.Status);
        Assert.Equal(DocumentStatus.Issued, statuses["OLD-D-1"]);
        Assert.Equal(DocumentStatus.Draft, statuses["OLD-D-2"]);
        Assert.Equal(DocumentStatus.Draft, statuses["OLD-D-3"]);
        Assert.Equal(5, await db.Customers.CountAsync() + await db.CatalogItems.CountAsync() + await db.Companies.CountAsync());
    }

    [Fact]
    public async Task ImportWithIssue_SameFileAgain_IssuesNothingMore()
    {
        await using var app = await TestApp.StartAsync();
        await InterchangeFiles.ImportTextAsync(app, "clean.json", SampleFiles.Clean, issue: true);

        var again = await InterchangeFiles.ImportTextAsync(app, "clean.json", SampleFiles.Clean, issue: true);

        Assert.Equal(ImportStatus.Imported, again.Status);
        Assert.Equal((0, 3), InterchangeFiles.Count(again, "documents"));
        Assert.Empty(again.Issued);
    }

    [Fact]
    public async Task ImportWithIssue_DraftThatCannotBeIssued_RefusesTheWholeImportBeforeWriting()
    {
        await using var app = await TestApp.StartAsync();
        var withEmptyDraft = SampleFiles.Clean.Replace(
            "\"lines\": [ { \"description\": \"Audit\", \"quantity\": 1.5, \"unitCode\": \"DAY\", \"unitPrice\": 800 } ]", "\"lines\": []", StringComparison.Ordinal);
        // An unknown tax class is refused by the import itself now (taxclass.unknown): two empty drafts are what only
        // issuing would refuse.
        var twoEmpty = withEmptyDraft.Replace("\"lines\": [ { \"itemCode\": \"CONSEIL\", \"quantity\": 0.25, \"unitPrice\": 130.1234 } ]", "\"lines\": []", StringComparison.Ordinal);

        var report = await InterchangeFiles.ImportTextAsync(app, "empty.json", twoEmpty, issue: true);

        Assert.Equal(ImportStatus.Refused, report.Status);
        Assert.Contains(("documents[1]", "lines", "document.empty"), InterchangeFiles.Errors(report));
        Assert.Contains(report.Errors, e => e.Record == "documents[2]" && e.SourceId == "OLD-D-3" && e.Code == "document.empty");
        Assert.Equal(new DatabaseCounts(0, 0, 0, 0, 0, 0), await DatabaseCounts.ReadAsync(app));
    }

    [Fact]
    public async Task ImportWithIssue_WhenTodayIsBeforeTheSeriesLastIssue_IsRefusedAsBackdatedBeforeWriting()
    {
        await using var app = await TestApp.StartAsync();
        await InterchangeFiles.ImportTextAsync(app, "clean.json", SampleFiles.Clean, issue: true);
        // AdjustTime, not SetUtcNow: the clock is put back, as a system clock can be.
        app.Clock.AdjustTime(new DateTimeOffset(2026, 3, 5, 10, 0, 0, TimeSpan.Zero));
        var before = await DatabaseCounts.ReadAsync(app);
        const string Late = """
            { "version": 1, "documents": [ { "sourceId": "OLD-D-9", "companyCode": "acme", "type": "invoice", "customerCode": "C001",
              "lines": [ { "itemCode": "CONSEIL", "quantity": 1 } ] } ] }
            """;

        var report = await InterchangeFiles.ImportTextAsync(app, "late.json", Late, issue: true);

        var error = Assert.Single(report.Errors);
        Assert.Equal(("documents[0]", "numbering.backdated"), (error.Record, error.Code));
        Assert.Contains("2026-03-10", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseCounts.ReadAsync(app));
    }

    [Fact]
    public async Task ImportWithoutIssue_EmptyDraft_IsImportedAsADraft()
    {
        await using var app = await TestApp.StartAsync();
        var withEmptyDraft = SampleFiles.Clean.Replace(
            "\"lines\": [ { \"description\": \"Audit\", \"quantity\": 1.5, \"unitCode\": \"DAY\", \"unitPrice\": 800 } ]", "\"lines\": []", StringComparison.Ordinal);

        var report = await InterchangeFiles.ImportTextAsync(app, "empty.json", withEmptyDraft);

        Assert.Equal((ImportStatus.Imported, 3), (report.Status, InterchangeFiles.Count(report, "documents").Created));
    }
}
