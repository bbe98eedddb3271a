using System.Globalization;
using Facturation.Application.Documents;
using Facturation.Application.Issuing;
using Facturation.Benchmarks.Running;
using Facturation.Domain.Documents;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// The set-up of the <c>einvoice</c> scenario (not measured): the France-pack company and customer of the render
/// scenario, one 10-line draft at three VAT rates made through the application services, copied into N drafts in one
/// transaction, all issued through <c>IssueService</c>, then every issued snapshot read back into memory.
/// </summary>
internal static class EInvoiceSeed
{
    public const int LinesPerInvoice = 10;
    private const int Issuers = 8;

    public static async Task<IReadOnlyList<DocumentSnapshot>> IssueAsync(IssuingApp app, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        await RenderSeed.CreatePartiesAsync(app, cancellationToken);
        var documents = app.Get<DocumentService>();
        var template = Checked(await documents.CreateDraftAsync(RenderSeed.CompanyCode,
            new DraftInput { CustomerCode = RenderSeed.CustomerCode, PurchaseOrderReference = "PO-2026-118" }, cancellationToken), "draft");
        for (var i = 0; i < LinesPerInvoice; i++)
            Checked(await documents.AddLineAsync(template.Id, Line(i), cancellationToken), "line");
        var drafts = new List<Guid> { template.Id };
        drafts.AddRange(await InvoiceDrafts.CopyAsync(app, template.Id, count - 1, cancellationToken));

        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Issuers).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < drafts.Count)
                Checked(await app.Issuing.IssueAsync(drafts[index], cancellationToken), "issue");
        }, cancellationToken)));

        await using var db = await app.DbAsync(cancellationToken);
        var json = await db.Documents.AsNoTracking()
            .Where(d => drafts.Contains(d.Id) && d.SnapshotJson != null)
            .Select(d => d.SnapshotJson!)
            .ToListAsync(cancellationToken);
        if (json.Count != count)
            throw new BenchmarkAbortedException($"{json.Count} of {count} seeded invoices were issued.");
        return json.Select(SnapshotJson.Deserialize).ToList();
    }

    // No line discount: the snapshot of a discounted line carries no discount reason, which EN 16931 (BR-42) requires.
    private static LineInput Line(int i) => (i % 5) switch
    {
        2 => new LineInput
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"Guide pratique de la facturation, tome {i + 1}"),
            Quantity = 1m + (i % 4),
            UnitPrice = 24.90m,
            UnitCode = "C62",
            Nature = LineNature.Goods,
            TaxClass = "reduced",
        },
        4 => new LineInput
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"Transport sur site, trajet {i + 1}"),
            Quantity = 2m,
            UnitPrice = 38.5m,
            UnitCode = "C62",
            Nature = LineNature.Service,
            TaxClass = "intermediate",
        },
        _ => new LineInput
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"Conseil en organisation, phase {i + 1}"),
            Quantity = 1.5m + i,
            UnitPrice = 95m + (7.5m * i),
            UnitCode = "HUR",
            Nature = LineNature.Service,
            TaxClass = "standard",
        },
    };

    private static T Checked<T>(Outcome<T> outcome, string what) =>
        outcome.Succeeded
            ? outcome.Value!
            : throw new BenchmarkAbortedException($"Seeding the {what} was refused: {string.Join("; ", outcome.Problems)}");
}
