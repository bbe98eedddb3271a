using Facturation.Application.Documents;
using Facturation.Application.Issuing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.Concurrency;

/// <summary>
/// Issues are read and priced by their callers, in parallel, before the single writer numbers them: these tests change
/// a draft between the two and check that the writer never stores what it no longer is.
/// </summary>
public sealed class StalePreparationTests
{
    [Fact]
    public async Task Issue_DraftEditedWhileBeingPrepared_IsIssuedAsEdited()
    {
        var clock = new GatedClock(new DateTimeOffset(2026, 3, 10, 10, 0, 0, TimeSpan.Zero));
        await using var app = await TestApp.StartAsync(services => services.AddSingleton<TimeProvider>(clock));
        await app.CompanyAsync();
        await app.CustomerAsync();
        // One batch first, so the writer would otherwise trust a preparation begun after it.
        await app.IssueAsync((await app.DraftAsync()).Id);
        var draft = await app.DraftAsync();

        // The preparation has read the one-line draft and now reads the clock: add a line before it goes on.
        var reading = clock.HoldNextReadAsync();
        // On the pool: SQLite's async calls complete synchronously, so the held read would otherwise block this thread.
        var issuing = Task.Run(() => app.TryIssueAsync(draft.Id));
        await reading;
        (await app.Get<DocumentService>().AddLineAsync(draft.Id, new LineInput { Description = "Déplacement", Quantity = 1m, UnitPrice = 50m, UnitCode = "C62" }, default))
            .GetValueOrThrow();
        clock.Release();
        var issued = (await issuing).GetValueOrThrow();

        Assert.Equal(2, issued.Snapshot.Document.Lines.Count);
        Assert.Equal(250m, issued.Snapshot.Totals.TaxExclusiveAmount.Amount);
        await using var db = await app.DbAsync();
        var stored = await db.Documents.SingleAsync(d => d.Id == draft.Id);
        Assert.Equal(30000, stored.TaxInclusiveMinor);
        Assert.Equal(2, SnapshotJson.Deserialize(stored.SnapshotJson!).Document.Lines.Count);
    }

    [Fact]
    public async Task Issue_SameDraftsRequestedTwiceConcurrently_EachIsNumberedOnce()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var drafts = await DraftCopies.CreateAsync(app, (await app.DraftAsync()).Id, 100);

        // Each draft is asked for by two different issuers at about the same time.
        var attempts = await ConcurrentIssuers.RunAsync(app.Get<IssueService>(), [.. drafts, .. drafts], issuers: 8);

        var succeeded = attempts.Where(a => a.Number is not null).ToList();
        Assert.Equal(drafts.Order(), succeeded.Select(a => a.DocumentId).Order());
        Assert.Equal(Enumerable.Range(1, 100).Select(i => $"INV-2026-{i:D5}"), succeeded.Select(a => a.Number!).Order(StringComparer.Ordinal));
        Assert.All(attempts.Where(a => a.Number is null), a => Assert.Contains("lifecycle.forbidden", a.Failure, StringComparison.Ordinal));
        var state = await SeriesState.ReadAsync(app);
        Assert.Equal(100, Assert.Single(state.Counters).LastValue);
        JournalChain.AssertContinuous(state.Journal);
        Assert.Equal(100, state.Journal.Count);
    }
}
