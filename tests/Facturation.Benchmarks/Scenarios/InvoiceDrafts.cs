using System.Globalization;
using Facturation.Application.Companies;
using Facturation.Application.Customers;
using Facturation.Application.Documents;
using Facturation.Domain.Documents;
using Facturation.Domain.Parties;
using Facturation.Sdk.Documents;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// The invoices to issue: a company, a customer and one 10-line draft made through the application services (so
/// it passes every rule), then copied into as many drafts as needed in one transaction (set-up, not measured).
/// </summary>
internal static class InvoiceDrafts
{
    public const int LinesPerInvoice = 10;

    private static readonly string[] TaxClasses = ["standard", "standard", "reduced", "intermediate", "standard"];

    public static async Task<IReadOnlyList<Guid>> CreateAsync(IssuingApp app, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        (await app.Get<CompanyService>().CreateAsync(new CompanyInput
        {
            Code = "bench",
            LegalName = "Atelier Benchmark SAS",
            LegalForm = "SAS",
            ShareCapital = 10_000m,
            Siren = "732829320",
            Siret = "73282932000074",
            RcsCity = "Paris",
            VatNumber = "FR44732829320",
            Address = new Address { Line1 = "1 rue du Banc", PostCode = "75002", City = "Paris", Country = "FR" },
            Iban = "FR7630006000011234567890189",
        }, cancellationToken)).GetValueOrThrow();
        (await app.Get<CustomerService>().CreateAsync("bench", new CustomerInput
        {
            Code = "C001",
            Name = "Client Mesure SARL",
            Siren = "552100554",
            BillingAddress = new Address { Line1 = "3 avenue Foch", PostCode = "69006", City = "Lyon", Country = "FR" },
        }, cancellationToken)).GetValueOrThrow();

        var documents = app.Get<DocumentService>();
        var template = (await documents.CreateDraftAsync("bench", new DraftInput { CustomerCode = "C001" }, cancellationToken)).GetValueOrThrow();
        for (var i = 0; i < LinesPerInvoice; i++)
            (await documents.AddLineAsync(template.Id, Line(i), cancellationToken)).GetValueOrThrow();
        return await CopyAsync(app, template.Id, count, cancellationToken);
    }

    private static LineInput Line(int i) => new()
    {
        Description = string.Create(CultureInfo.InvariantCulture, $"Prestation {i + 1}"),
        Quantity = 1.5m + i,
        UnitPrice = 12.3456m * (i + 1),
        UnitCode = i % 2 == 0 ? "HUR" : "C62",
        Nature = i % 2 == 0 ? LineNature.Service : LineNature.Goods,
        TaxClass = TaxClasses[i % TaxClasses.Length],
        DiscountPercent = i % 3 == 0 ? 5m : null,
    };

    /// <summary>Copies the draft <paramref name="templateId"/> (lines, customer, order reference) into
    /// <paramref name="count"/> new drafts in one transaction.</summary>
    public static async Task<IReadOnlyList<Guid>> CopyAsync(IssuingApp app, Guid templateId, int count, CancellationToken cancellationToken)
    {
        await using var db = await app.DbAsync(cancellationToken);
        var template = await db.Documents.AsNoTracking().SingleAsync(d => d.Id == templateId, cancellationToken);
        var copies = Enumerable.Range(0, count).Select(_ => Copy(template)).ToList();
        db.Documents.AddRange(copies);
        await db.SaveChangesAsync(cancellationToken);
        return copies.Select(d => d.Id).ToList();
    }

    private static Document Copy(Document template)
    {
        var copy = new Document
        {
            CompanyId = template.CompanyId,
            Type = template.Type,
            CustomerId = template.CustomerId,
            Currency = template.Currency,
            PurchaseOrderReference = template.PurchaseOrderReference,
            CreatedAt = template.CreatedAt,
        };
        copy.Lines.AddRange(template.Lines.Select(l => new DraftLine
        {
            Position = l.Position,
            Description = l.Description,
            Quantity = l.Quantity,
            UnitCode = l.UnitCode,
            UnitPrice = l.UnitPrice,
            Discount = l.Discount,
            Nature = l.Nature,
            TaxClass = l.TaxClass,
        }));
        return copy;
    }
}
