using System.Diagnostics;
using Facturation.Application.EInvoicing;
using Facturation.Application.Plugins;
using Facturation.Application.Rendering;
using Facturation.Benchmarks.Running;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// Before measuring (untimed, and it warms the browser): one Factur-X export whose embedded XML must be the CII export
/// byte for byte and which must read back through <see cref="EInvoiceService"/> as issued; plus the sizes of the three outputs.
/// </summary>
/// <param name="FirstMs">The first Factur-X export, browser start included.</param>
/// <param name="FacturXBytes">Size of the Factur-X PDF.</param>
/// <param name="PdfBytes">Size of the plain PDF.</param>
/// <param name="CiiBytes">Size of the CII XML.</param>
/// <param name="AmountDue">The amount due read back from the Factur-X PDF.</param>
/// <param name="CombineMs">The plugin's <c>Combine</c> alone on these PDF and XML, one call at a time, each call in milliseconds.</param>
internal sealed record FacturXCheck(double FirstMs, int FacturXBytes, int PdfBytes, int CiiBytes, decimal AmountDue, IReadOnlyList<double> CombineMs)
{
    /// <summary>Combine calls timed on their own.</summary>
    public const int CombineCalls = 50;

    public static async Task<FacturXCheck> RunAsync(IssuingApp app, DocumentSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(snapshot);
        var number = snapshot.Document.Number!;
        var service = app.Get<EInvoiceService>();
        var started = Stopwatch.GetTimestamp();
        var hybrid = Checked(await service.ExportAsync(RenderSeed.CompanyCode, number, FacturXCase.FacturX, null, cancellationToken), "Factur-X export");
        var firstMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var cii = Checked(await service.ExportAsync(RenderSeed.CompanyCode, number, FacturXCase.Cii, null, cancellationToken), "CII export");
        var pdf = await app.Get<DocumentRenderService>().RenderAsync(new RenderInput(RenderSeed.CompanyCode, number, RenderFormat.Pdf), cancellationToken);
        if (!pdf.Succeeded)
            throw new BenchmarkAbortedException($"The PDF of {number} was refused: {string.Join("; ", pdf.Problems)}");

        var format = app.Get<ExtensionRegistry>().HybridInvoiceFormat(FacturXCase.FacturX);
        if (!format.Succeeded)
            throw new BenchmarkAbortedException(string.Join("; ", format.Problems));
        var embedded = format.Value!.Extract(new EInvoiceReadRequest(hybrid.Content, hybrid.FileName));
        if (embedded.Xml is null || !embedded.Xml.AsSpan().SequenceEqual(cii.Content))
            throw new BenchmarkAbortedException($"The XML embedded in {hybrid.FileName} is not the CII export: {string.Join("; ", embedded.Problems)}");
        var read = Checked(service.Read(hybrid.Content, hybrid.FileName), "reading the Factur-X PDF back");
        if (read.FormatId != FacturXCase.FacturX || read.Snapshot.Document.Number != number)
            throw new BenchmarkAbortedException($"{hybrid.FileName} read back as {read.FormatId} {read.Snapshot.Document.Number}.");
        var combineMs = new List<double>(CombineCalls);
        for (var i = 0; i < CombineCalls; i++)
        {
            var combineStarted = Stopwatch.GetTimestamp();
            var combined = format.Value.Combine(new HybridInvoiceRequest(pdf.Value!.Content, cii.Content, cii.Profile, snapshot, DateTimeOffset.UnixEpoch));
            combineMs.Add(Stopwatch.GetElapsedTime(combineStarted).TotalMilliseconds);
            if (!combined.Succeeded)
                throw new BenchmarkAbortedException($"Combine refused {number}: {string.Join("; ", combined.Problems)}");
        }
        return new FacturXCheck(firstMs, hybrid.Content.Length, pdf.Value!.Content.Length, cii.Content.Length, read.Snapshot.Totals.AmountDue.Amount, combineMs);
    }

    private static T Checked<T>(Outcome<T> outcome, string what) =>
        outcome.Succeeded ? outcome.Value! : throw new BenchmarkAbortedException($"{what} was refused: {string.Join("; ", outcome.Problems)}");
}
