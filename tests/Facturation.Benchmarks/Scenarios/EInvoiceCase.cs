using System.Globalization;
using Facturation.Application.Issuing;
using Facturation.Benchmarks.Running;
using Facturation.Sdk.Documents;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>One measured case of the <c>einvoice</c> scenario: what is done to each snapshot, by how many workers.</summary>
/// <param name="Key">Short id used in findings, e.g. <c>cii-export</c>.</param>
/// <param name="Label">Row label of the report.</param>
/// <param name="Workers">Concurrent workers.</param>
/// <param name="Produce">Handles one snapshot; returns the bytes produced; throws when the result is wrong.</param>
internal sealed record EInvoiceCase(string Key, string Label, int Workers, Func<DocumentSnapshot, long> Produce)
{
    public const string Json = "json";

    /// <summary>The baseline, each format's export at 1 and 2 workers, then its writer and rules alone when reachable.</summary>
    public static IReadOnlyList<EInvoiceCase> For(IReadOnlyList<IEInvoiceFormat> formats)
    {
        ArgumentNullException.ThrowIfNull(formats);
        var cases = new List<EInvoiceCase>();
        foreach (var workers in new[] { 1, 2 })
            cases.Add(new(Json, Invariant($"Baseline: System.Text.Json `SnapshotJson.Serialize`, {workers} worker(s)"), workers, s => SnapshotJson.Serialize(s).Length));
        foreach (var format in formats)
        {
            foreach (var workers in new[] { 1, 2 })
                cases.Add(new($"{format.Id}-export", Invariant($"{format.Id}: `Export` (rules + writing + XSD), {workers} worker(s)"), workers, s => Export(format, s)));
            var internals = EInvoiceInternals.Of(format);
            var profile = format.Profiles[0];
            if (internals.Write is { } write)
                cases.Add(new($"{format.Id}-write", Invariant($"{format.Id}: writing only (internal writer, no rules, no XSD), 1 worker"), 1, s => write(s, profile).LongLength));
            if (internals.Check is { } check)
                cases.Add(new($"{format.Id}-rules", Invariant($"{format.Id}: EN 16931 rules only (internal `En16931Rules.Check`), 1 worker"), 1, s => Rules(check, s, profile)));
        }
        return cases;
    }

    private static long Export(IEInvoiceFormat format, DocumentSnapshot snapshot)
    {
        var written = format.Export(new EInvoiceExportRequest(snapshot));
        return written.Content?.LongLength
            ?? throw new BenchmarkAbortedException($"{format.Id} refused {snapshot.Document.Number}: {string.Join("; ", written.Problems)}");
    }

    private static long Rules(Func<DocumentSnapshot, string, IReadOnlyList<Facturation.Sdk.Common.Problem>> check, DocumentSnapshot snapshot, string profile)
    {
        var problems = check(snapshot, profile);
        return problems.Count == 0 ? 0 : throw new BenchmarkAbortedException($"{snapshot.Document.Number} breaks {string.Join("; ", problems)}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
