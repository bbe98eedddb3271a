using Facturation.Application.Issuing;
using Facturation.Domain.Documents;

namespace Facturation.Application.Tests.Concurrency;

/// <summary>
/// Fails a random share of issues just before commit (after the number is taken and the journal appended), the
/// worst moment for numbering. Seeded, and safe to call from concurrent issuers.
/// </summary>
/// <param name="seed">Random seed.</param>
/// <param name="failureRate">Share of issues that fail, between 0 and 1.</param>
internal sealed class RandomFailureObserver(int seed, double failureRate) : IIssueObserver
{
    private readonly Random _random = new(seed);
    private readonly Lock _lock = new();

    public Task BeforeCommitAsync(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        bool fail;
        lock (_lock)
            fail = _random.NextDouble() < failureRate;
        // The document is numbered at this point: a failure now must still consume nothing.
        if (fail)
            throw new InjectedIssueFailure($"Injected failure for {document.Id} ({document.Number}).");
        return Task.CompletedTask;
    }
}
