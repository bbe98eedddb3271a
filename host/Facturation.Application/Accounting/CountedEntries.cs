using Facturation.Application.Common;
using Facturation.Sdk.Accounting;

namespace Facturation.Application.Accounting;

/// <summary>Passes entries through to a plugin while counting them, without holding any.</summary>
/// <param name="source">The entries.</param>
/// <param name="progress">Told the count now and then, or <see langword="null"/>.</param>
internal sealed class CountedEntries(IAsyncEnumerable<LedgerEntry> source, IProgress<WorkProgress>? progress = null) : IAsyncEnumerable<LedgerEntry>
{
    // The number of entries is known only at the end: a count, not a fraction.
    private const int ReportEvery = 500;

    /// <summary>Entries handed out so far.</summary>
    public long Count { get; private set; }

    public async IAsyncEnumerator<LedgerEntry> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var entry in source.WithCancellation(cancellationToken))
        {
            Count++;
            if (Count % ReportEvery == 0)
                progress?.Report(new WorkProgress("entries written", Count));
            yield return entry;
        }
    }
}
