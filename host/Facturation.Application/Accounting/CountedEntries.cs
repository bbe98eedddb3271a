using Facturation.Sdk.Accounting;

namespace Facturation.Application.Accounting;

/// <summary>Passes entries through to a plugin while counting them, without holding any.</summary>
/// <param name="source">The entries.</param>
internal sealed class CountedEntries(IAsyncEnumerable<LedgerEntry> source) : IAsyncEnumerable<LedgerEntry>
{
    /// <summary>Entries handed out so far.</summary>
    public long Count { get; private set; }

    public async IAsyncEnumerator<LedgerEntry> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var entry in source.WithCancellation(cancellationToken))
        {
            Count++;
            yield return entry;
        }
    }
}
