namespace Facturation.Benchmarks.Scenarios;

/// <summary>One pass of one case over every seeded document.</summary>
/// <param name="Documents">Documents handled.</param>
/// <param name="Elapsed">Wall clock from the first document taken to the last done.</param>
/// <param name="Bytes">Bytes produced (XML or JSON), all documents together.</param>
/// <param name="AllocatedBytes">Managed bytes allocated during the pass (all threads).</param>
internal sealed record EInvoicePass(int Documents, TimeSpan Elapsed, long Bytes, long AllocatedBytes)
{
    public double DocumentsPerSecond => Documents / Elapsed.TotalSeconds;
}
