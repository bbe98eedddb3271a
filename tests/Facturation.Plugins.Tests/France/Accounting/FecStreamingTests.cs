using Facturation.Plugins.France.Accounting;
using Facturation.Sdk.Accounting;

namespace Facturation.Plugins.Tests.France.Accounting;

/// <summary>The export writes as it reads: bytes reach the output long before the source is exhausted.</summary>
public sealed class FecStreamingTests
{
    private const int Entries = 20_000;
    private const int Probe = 10_000;

    [Fact]
    public async Task Write_LargeSource_EmitsBytesBeforeTheSourceIsExhausted()
    {
        using var output = new MemoryStream();
        long lengthAtProbe = -1;

        await new FecExport().WriteAsync(SomeLedger.Request(), Source(output, length => lengthAtProbe = length), output, CancellationToken.None);

        // At the probe half the entries are written; a writer that collected them first would have emitted nothing.
        Assert.True(lengthAtProbe > output.Length / 4, $"{lengthAtProbe} bytes written when entry {Probe} of {Entries} was read; {output.Length} in all.");
        Assert.True(output.Length > lengthAtProbe);
    }

    private static async IAsyncEnumerable<LedgerEntry> Source(Stream output, Action<long> probe)
    {
        var day = new DateOnly(2026, 1, 1);
        for (var sequence = 1; sequence <= Entries; sequence++)
        {
            if (sequence == Probe)
                probe(output.Length);
            yield return SomeLedger.Simple(sequence, day.AddDays(sequence * 364 / Entries));
            if (sequence % 1000 == 0)
                await Task.Yield();
        }
    }
}
