namespace Facturation.Sdk.Tests.PublicApi.Samples;

/// <summary>Static class with an extension method and a params array, for the listing tests.</summary>
public static class SampleLedgerExtensions
{
    public static SampleLedger<TEntry> Renamed<TEntry>(this SampleLedger<TEntry> ledger, SampleStatus status = SampleStatus.Draft)
        where TEntry : class, new() => ledger;

    public static decimal Sum(params decimal[] amounts) => amounts.Sum();
}
