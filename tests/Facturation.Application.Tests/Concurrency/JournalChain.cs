using Facturation.Application.Issuing;
using Facturation.Persistence.Journal;

namespace Facturation.Application.Tests.Concurrency;

/// <summary>Checks a company's journal: sequences 1..N without gap, each entry chained to the one before and its hash intact.</summary>
internal static class JournalChain
{
    public static void AssertContinuous(IReadOnlyList<JournalEntry> entries)
    {
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.Sequence));
        var previous = JournalWriter.GenesisHash;
        foreach (var entry in entries)
        {
            Assert.Equal(previous, entry.PreviousHash);
            Assert.Equal(JournalWriter.EntryHash(entry), entry.EntryHash);
            previous = entry.EntryHash;
        }
    }
}
