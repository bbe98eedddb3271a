using System.Globalization;
using Facturation.Application.EInvoicing;
using Facturation.Application.Plugins;
using Facturation.Benchmarks.Reporting;
using Facturation.Benchmarks.Running;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// E-invoices: N issued 10-line invoices (France pack, three VAT rates), their snapshots already in memory, exported
/// as CII and as UBL through the loaded plugin's <see cref="IEInvoiceFormat"/> (EN 16931 rules + writing + XSD
/// validation) by 1 and 2 workers; the writer and the rules alone when the plugin has them; the baseline, measured in
/// the same rounds, is System.Text.Json serialisation of the same snapshots.
/// </summary>
internal sealed class EInvoiceScenario : IBenchmarkScenario
{
    public static readonly string[] FormatIds = ["cii", "ubl"];

    public string Name => "einvoice";

    public string Description => "CII and UBL e-invoice exports/s (rules + writing + XSD) of --invoices N issued invoices, 1 and 2 workers, against System.Text.Json";

    public async Task<BenchmarkReport> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.Options;
        await context.Progress.WriteLineAsync(Invariant($"einvoice: issuing {options.Invoices} invoices of {EInvoiceSeed.LinesPerInvoice} lines (set-up, not measured)"));
        await using var app = await IssuingApp.StartAsync(cancellationToken);
        var snapshots = await EInvoiceSeed.IssueAsync(app, options.Invoices, cancellationToken);
        var registry = app.Get<ExtensionRegistry>();
        var formats = FormatIds.Select(id => registry.EInvoiceFormat(id) is { Succeeded: true } found
            ? found.Value!
            : throw new BenchmarkAbortedException($"E-invoice format '{id}' is not loaded (loaded: {string.Join(", ", registry.EInvoiceFormatIds)}).")).ToList();
        await CheckRoundTripAsync(context, app.Get<EInvoiceService>(), formats, snapshots[0]);

        var cases = EInvoiceCase.For(formats);
        await context.Progress.WriteLineAsync(Invariant($"  {cases.Count} cases over {snapshots.Count} snapshots; {options.Warmups} warm-up round(s), {options.Runs} measured round(s)"));
        var samples = cases.ToDictionary(c => c, _ => new List<EInvoicePass>());
        for (var round = 0; round < options.Warmups + options.Runs; round++)
        {
            var measured = round >= options.Warmups;
            var line = new List<string>();
            foreach (var @case in cases)
            {
                var pass = await EInvoiceWorkers.RunAsync(@case.Workers, snapshots.Count, i => @case.Produce(snapshots[i]));
                if (measured)
                    samples[@case].Add(pass);
                line.Add(Invariant($"{@case.Key}x{@case.Workers} {pass.DocumentsPerSecond:0}/s"));
            }
            var name = measured ? Invariant($"round {round - options.Warmups + 1}/{options.Runs}") : Invariant($"warm-up {round + 1}/{options.Warmups}");
            await context.Progress.WriteLineAsync($"  {name}: {string.Join(", ", line)}");
        }
        return EInvoiceReport.Create(context, snapshots.Count, samples);
    }

    /// <summary>Before measuring: each format's file of the first invoice reads back with the issued totals, so a wrong writer cannot look fast.</summary>
    private static async Task CheckRoundTripAsync(BenchmarkContext context, EInvoiceService service, IReadOnlyList<IEInvoiceFormat> formats, Facturation.Sdk.Documents.DocumentSnapshot snapshot)
    {
        foreach (var format in formats)
        {
            var written = format.Export(new EInvoiceExportRequest(snapshot));
            if (written.Content is null)
                throw new BenchmarkAbortedException($"{format.Id} refused the seeded invoice: {string.Join("; ", written.Problems)}");
            var read = service.Read(written.Content, snapshot.Document.Number);
            if (!read.Succeeded || read.Value!.Snapshot.Totals.AmountDue.Amount != snapshot.Totals.AmountDue.Amount
                || read.Value.Snapshot.Lines.Count != snapshot.Lines.Count)
                throw new BenchmarkAbortedException($"{format.Id}: the written invoice does not read back as issued: {string.Join("; ", read.Problems)}");
            await context.Progress.WriteLineAsync(Invariant($"  {format.Id}: {written.Content.Length} bytes, profile {written.Profile}, read back with amount due {snapshot.Totals.AmountDue.Amount}"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
