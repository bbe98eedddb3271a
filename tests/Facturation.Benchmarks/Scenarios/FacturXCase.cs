namespace Facturation.Benchmarks.Scenarios;

/// <summary>One measured case of the <c>facturx</c> scenario: what is produced, by how many concurrent callers.</summary>
/// <param name="Key">Short id: <c>facturx</c>, <c>pdf</c> or <c>cii</c>.</param>
/// <param name="Label">What the report calls it.</param>
/// <param name="Callers">Concurrent callers.</param>
internal sealed record FacturXCase(string Key, string Label, int Callers)
{
    public const string FacturX = "facturx";
    public const string Pdf = "pdf";
    public const string Cii = "cii";

    public static readonly int[] CallerCounts = [1, 2, 4];

    /// <summary>Every case, Factur-X first, then its baseline (the plain PDF) and the CII export alone, by callers.</summary>
    public static IReadOnlyList<FacturXCase> All() =>
        CallerCounts.SelectMany(callers => new[]
        {
            new FacturXCase(FacturX, "Factur-X export (`EInvoiceService`, render + CII + combine)", callers),
            new FacturXCase(Pdf, "PDF render alone (`DocumentRenderService`, baseline)", callers),
            new FacturXCase(Cii, "CII export alone (`EInvoiceService`)", callers),
        }).ToList();
}
