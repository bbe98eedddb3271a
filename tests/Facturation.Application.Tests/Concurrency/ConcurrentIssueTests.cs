using Facturation.Application.Issuing;
using Facturation.Domain.Lifecycle;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.Concurrency;

public sealed class ConcurrentIssueTests
{
    private const int Issuers = 8;
    private const int InvoicesPerIssuer = 250;

    [Fact]
    public async Task Issue_EightConcurrentIssuersWithFailures_NumbersAreGaplessAndUnique()
    {
        await using var app = await TestApp.StartAsync(services =>
            services.AddSingleton<IIssueObserver>(new RandomFailureObserver(seed: 20260310, failureRate: 0.1)));
        await app.CompanyAsync();
        await app.CustomerAsync();
        var drafts = await DraftCopies.CreateAsync(app, (await app.DraftAsync()).Id, Issuers * InvoicesPerIssuer);

        var attempts = await ConcurrentIssuers.RunAsync(app.Get<IssueService>(), drafts, Issuers);

        var succeeded = attempts.Where(a => a.Number is not null).ToList();
        var failed = attempts.Where(a => a.Number is null).ToList();
        var n = succeeded.Count;
        Assert.Equal(Issuers * InvoicesPerIssuer, attempts.Count);
        Assert.InRange(failed.Count, 100, 300);
        Assert.All(failed, f => Assert.StartsWith("Injected failure", f.Failure, StringComparison.Ordinal));
        // The numbers the callers were told: exactly 1..N, formatted, no duplicate.
        Assert.Equal(Enumerable.Range(1, n).Select(i => $"INV-2026-{i:D5}"), succeeded.Select(a => a.Number!).Order(StringComparer.Ordinal));

        var state = await SeriesState.ReadAsync(app);
        var counter = Assert.Single(state.Counters);
        Assert.Equal(n, counter.LastValue);
        var series = state.Series(counter.SeriesKey);
        Assert.Equal(Enumerable.Range(1, n).Select(i => (long)i), series.Select(d => d.SeriesCounter!.Value));
        Assert.All(series, d => Assert.Equal(DocumentStatus.Issued, d.Status));
        Assert.Equal(succeeded.ToDictionary(a => a.DocumentId, a => a.Number), series.ToDictionary(d => d.Id, d => (string?)d.Number));

        var failedIds = failed.Select(f => f.DocumentId).ToHashSet();
        var failedDrafts = state.Documents.Where(d => failedIds.Contains(d.Id)).ToList();
        Assert.Equal(failed.Count, failedDrafts.Count);
        Assert.All(failedDrafts, d =>
        {
            Assert.Equal(DocumentStatus.Draft, d.Status);
            Assert.Null(d.Number);
            Assert.Null(d.SeriesCounter);
            Assert.Null(d.SnapshotJson);
        });

        JournalChain.AssertContinuous(state.Journal);
        Assert.Equal(series.Select(d => (d.Id, d.Number)).ToHashSet(), state.Journal.Select(e => (e.DocumentId, (string?)e.DocumentNumber)).ToHashSet());
    }
}
