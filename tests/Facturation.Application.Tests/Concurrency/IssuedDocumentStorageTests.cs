using Facturation.Application.Issuing;
using Facturation.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests.Concurrency;

/// <summary>
/// The writer stores an issued document with one UPDATE of the properties issuing changes, not through EF's change
/// tracking: this fails if <see cref="Document.MarkIssued"/> starts changing a property that UPDATE does not store.
/// </summary>
public sealed class IssuedDocumentStorageTests
{
    [Fact]
    public async Task Issue_StoredDocument_EqualsTheDraftMarkedIssuedInMemory()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var draftId = (await app.DraftAsync()).Id;
        await using var before = await app.DbAsync();
        var expected = await before.Documents.SingleAsync(d => d.Id == draftId);

        await app.IssueAsync(draftId);

        await using var after = await app.DbAsync();
        var stored = await after.Documents.SingleAsync(d => d.Id == draftId);
        var totals = SnapshotJson.Deserialize(stored.SnapshotJson!).Totals;
        Assert.Null(expected.MarkIssued(new IssuedNumber(stored.Number!, stored.SeriesKey!, stored.SeriesCounter!.Value), stored.IssueDate!.Value,
            stored.SnapshotJson!, stored.SnapshotHash!, totals, stored.IssuedAt!.Value));
        expected.DueDate ??= stored.DueDate;
        // The look recorded at issue beside MarkIssued (IssuedLook): no template or branding saved, the layout engine's defaults.
        Assert.Equal((0L, 0L, "scriban"), (stored.TemplateRevision, stored.BrandingRevision, stored.DefaultLayoutEngineId));
        expected.DefaultLayoutEngineId = stored.DefaultLayoutEngineId;
        foreach (var property in before.Entry(expected).Properties)
            Assert.True(Equals(property.CurrentValue, after.Entry(stored).Property(property.Metadata.Name).CurrentValue), $"Document.{property.Metadata.Name} differs.");
    }
}
