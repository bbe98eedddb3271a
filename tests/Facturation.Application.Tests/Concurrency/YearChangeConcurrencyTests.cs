using Facturation.Application.Issuing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Facturation.Application.Tests.Concurrency;

public sealed class YearChangeConcurrencyTests
{
    private const int Issuers = 8;
    private const int InvoicesPerIssuer = 50;

    [Fact]
    public async Task Issue_ConcurrentIssuersAcrossNewYearInParis_TwoContinuousSeriesInChronologicalOrder()
    {
        // Midnight in Paris (UTC+1 in winter) is 23:00 UTC. Each clock read moves time 1 s and an issue reads it three or
        // four times (caller and writer), so the 400 issues start 5 minutes before midnight and end well after it.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 22, 55, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromSeconds(1) };
        await using var app = await TestApp.StartAsync(services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddSingleton<IIssueObserver>(new RandomFailureObserver(seed: 20270101, failureRate: 0.1));
        });
        await app.CompanyAsync();
        await app.CustomerAsync();
        var drafts = await DraftCopies.CreateAsync(app, (await app.DraftAsync()).Id, Issuers * InvoicesPerIssuer);

        var attempts = await ConcurrentIssuers.RunAsync(app.Get<IssueService>(), drafts, Issuers);

        var state = await SeriesState.ReadAsync(app);
        Assert.Equal(["invoice/2026", "invoice/2027"], state.Counters.Select(c => c.SeriesKey).Order(StringComparer.Ordinal));
        foreach (var counter in state.Counters)
        {
            var year = counter.SeriesKey[^4..];
            var series = state.Series(counter.SeriesKey);
            Assert.NotEmpty(series);
            Assert.Equal(series.Count, counter.LastValue);
            Assert.Equal(Enumerable.Range(1, series.Count).Select(i => $"INV-{year}-{i:D5}"), series.Select(d => d.Number));
            Assert.All(series, d => Assert.Equal(year, d.IssueDate!.Value.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)));
        }
        Assert.Equal(attempts.Count(a => a.Number is not null), state.Counters.Sum(c => c.LastValue));
        Assert.Contains(attempts, a => a.Failure is not null);

        // Chronology: in the order numbers were taken (the journal's), dates and instants never go back, so no 2027
        // number is dated before a 2026 one and no 2026 number follows a 2027 one.
        JournalChain.AssertContinuous(state.Journal);
        var byId = state.Documents.ToDictionary(d => d.Id);
        var inOrder = state.Journal.Select(e => byId[e.DocumentId]).ToList();
        Assert.Equal(inOrder.Select(d => d.IssueDate), inOrder.Select(d => d.IssueDate).Order());
        Assert.Equal(inOrder.Select(d => d.IssuedAt), inOrder.Select(d => d.IssuedAt).Order());
        Assert.Equal(inOrder.Select(d => d.SeriesKey), inOrder.Select(d => d.SeriesKey).Order(StringComparer.Ordinal));
    }
}
