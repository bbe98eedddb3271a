using System.Globalization;
using Facturation.Application.EInvoicing;
using Facturation.Application.Rendering;
using Facturation.Benchmarks.Reporting;
using Facturation.Benchmarks.Running;
using Facturation.Rendering.Pdf;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// Factur-X: issued 10-line France-pack invoices (the <c>einvoice</c> seed) written as Factur-X PDFs through
/// <see cref="EInvoiceService"/> (CII export with its rules and XSD checks, the customer's PDF printed by the warm
/// browser, the two combined) by 1, 2 and 4 concurrent callers; in the same rounds the plain PDF render through
/// <see cref="DocumentRenderService"/> (the baseline: ratio = Factur-X time / PDF time) and the CII export alone.
/// </summary>
internal sealed class FacturXScenario : IBenchmarkScenario
{
    /// <summary>Documents per case and round: 24 makes six full waves at 4 callers.</summary>
    public const int MaxDocumentsPerRound = 24;

    public string Name => "facturx";

    public string Description => "Factur-X PDFs/s through EInvoiceService (warm browser, 1/2/4 callers) against the plain PDF render and the CII export alone";

    public async Task<BenchmarkReport> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.Options;
        var printer = new ChromiumOptions().ResolvedExecutablePath;
        if (!File.Exists(printer))
            throw new BenchmarkAbortedException($"Chromium is not installed at {printer}.");
        await context.Progress.WriteLineAsync(Invariant($"facturx: issuing {options.Invoices} invoices of {EInvoiceSeed.LinesPerInvoice} lines (set-up, not measured)"));
        await using var app = await IssuingApp.StartAsync(cancellationToken);
        var snapshots = await EInvoiceSeed.IssueAsync(app, options.Invoices, cancellationToken);
        var numbers = snapshots.Select(s => s.Document.Number!).ToList();
        var service = app.Get<EInvoiceService>();
        var renderer = app.Get<DocumentRenderService>();
        var check = await FacturXCheck.RunAsync(app, snapshots[0], cancellationToken);
        await context.Progress.WriteLineAsync(Invariant(
            $"  {numbers[0]}: Factur-X {check.FacturXBytes:N0} bytes (first, cold, {check.FirstMs:0} ms), PDF {check.PdfBytes:N0} bytes, CII {check.CiiBytes:N0} bytes; embedded XML = CII export, read back with amount due {check.AmountDue}"));

        var perRound = Math.Min(numbers.Count, MaxDocumentsPerRound);
        var cases = FacturXCase.All();
        var samples = cases.ToDictionary(c => c, _ => new RenderCaseSamples());
        var offset = 0;
        for (var round = 0; round < options.Warmups + options.Runs; round++)
        {
            var measured = round >= options.Warmups;
            var line = new List<string>();
            foreach (var @case in cases)
            {
                var start = offset;
                offset = (offset + perRound) % numbers.Count;
                var next = -1;
                var result = await RenderWorkers.RunAsync(@case.Callers, perRound, async token =>
                {
                    var number = numbers[(start + Interlocked.Increment(ref next)) % numbers.Count];
                    await ProduceAsync(@case.Key, service, renderer, number, token);
                }, browserMarker: null, cancellationToken);
                if (measured)
                    samples[@case].Add(result);
                line.Add(Invariant($"{@case.Key}x{@case.Callers} {result.PerSecond:0.0}/s"));
            }
            var name = measured ? Invariant($"round {round - options.Warmups + 1}/{options.Runs}") : Invariant($"warm-up {round + 1}/{options.Warmups}");
            await context.Progress.WriteLineAsync($"  {name}: {string.Join(", ", line)}");
        }
        return FacturXReport.Create(context, numbers.Count, perRound, check, samples);
    }

    /// <summary>One document of one case; throws when the service refuses it, so a failure cannot look fast.</summary>
    private static async Task ProduceAsync(string key, EInvoiceService service, DocumentRenderService renderer, string number, CancellationToken cancellationToken)
    {
        if (key == FacturXCase.Pdf)
        {
            var pdf = await renderer.RenderAsync(new RenderInput(RenderSeed.CompanyCode, number, RenderFormat.Pdf), cancellationToken);
            if (!pdf.Succeeded)
                throw new BenchmarkAbortedException($"The PDF of {number} was refused: {string.Join("; ", pdf.Problems)}");
            return;
        }
        var file = await service.ExportAsync(RenderSeed.CompanyCode, number, key, null, cancellationToken);
        if (!file.Succeeded)
            throw new BenchmarkAbortedException($"The {key} export of {number} was refused: {string.Join("; ", file.Problems)}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
