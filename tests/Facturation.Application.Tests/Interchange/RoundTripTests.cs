using System.Text;
using Facturation.Application.Customers;
using Facturation.Application.Documents;
using Facturation.Application.Interchange;
using Facturation.Domain.Parties;
using Facturation.Sdk.Documents;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests.Interchange;

public sealed class RoundTripTests
{
    [Fact]
    public async Task Import_CleanFile_CreatesEveryRecordAsTheServicesWould()
    {
        await using var app = await TestApp.StartAsync();

        var report = await InterchangeFiles.ImportTextAsync(app, "clean.json", SampleFiles.Clean);

        Assert.Equal(ImportStatus.Imported, report.Status);
        Assert.Equal([(1, 0), (2, 0), (2, 0), (3, 0)],
            new[] { "companies", "customers", "items", "documents" }.Select(k => InterchangeFiles.Count(report, k)));
        await using var db = await app.DbAsync();
        var company = await db.Companies.SingleAsync();
        Assert.Equal(("acme", "OLD-CO-1", "FR7630006000011234567890189"), (company.Code, company.SourceId, company.Iban));
        Assert.Equal("Dupont, Fils et Cie", (await db.Customers.SingleAsync(c => c.Code == "C001")).Name);
        var invoice = await db.Documents.SingleAsync(d => d.SourceId == "OLD-D-1");
        Assert.Equal([("Conseil", 3m, 120m, 0m, "HUR"), ("Livre", 2m, 15.5m, 3.1m, "H87")],
            invoice.Lines.OrderBy(l => l.Position).Select(l => (l.Description, l.Quantity, l.UnitPrice, l.Discount, l.UnitCode)));
        // 5 % split per rate class (EN 16931: one VAT category per allowance), then the charge.
        Assert.Equal([(false, 1.4m, "reduced"), (false, 18m, "standard"), (true, 8.5m, "standard")],
            invoice.AllowancesCharges.OrderBy(a => a.Position).Select(a => (a.IsCharge, a.Amount, a.TaxClass)));
    }

    [Fact]
    public async Task ExportThenImportIntoAnEmptyDatabaseThenExport_GivesIdenticalBytes()
    {
        await using var first = await TestApp.StartAsync();
        await InterchangeFiles.ImportTextAsync(first, "clean.json", SampleFiles.Clean);
        await AddNativeRecordsAsync(first);
        var exported = await InterchangeFiles.ExportAsync(first);

        await using var second = await TestApp.StartAsync();
        var report = await InterchangeFiles.ImportAsync(second, await WriteAsync(second, exported));
        var again = await InterchangeFiles.ExportAsync(second);

        Assert.Equal(ImportStatus.Imported, report.Status);
        Assert.Equal((5, 0), InterchangeFiles.Count(report, "documents"));
        Assert.Equal(Encoding.UTF8.GetString(exported), Encoding.UTF8.GetString(again));
        Assert.Equal(exported, again);
    }

    [Fact]
    public async Task Reimport_IntoTheSameDatabase_CreatesNothingAndSkipsEverything()
    {
        await using var app = await TestApp.StartAsync();
        await InterchangeFiles.ImportTextAsync(app, "clean.json", SampleFiles.Clean);
        await AddNativeRecordsAsync(app);
        var exported = await InterchangeFiles.ExportAsync(app);
        var before = await DatabaseCounts.ReadAsync(app);

        var sameFile = await InterchangeFiles.ImportTextAsync(app, "clean-again.json", SampleFiles.Clean);
        var ownExport = await InterchangeFiles.ImportAsync(app, await WriteAsync(app, exported));

        Assert.Equal([(0, 1), (0, 2), (0, 2), (0, 3)], sameFile.Counts.Select(c => (c.Created, c.Skipped)));
        Assert.Equal([(0, 1), (0, 3), (0, 2), (0, 5)], ownExport.Counts.Select(c => (c.Created, c.Skipped)));
        Assert.Equal(exported, await InterchangeFiles.ExportAsync(app));
        // Only the two imports' audit events were added.
        Assert.Equal(before with { AuditEvents = before.AuditEvents + 2 }, await DatabaseCounts.ReadAsync(app));
    }

    [Fact]
    public async Task Export_IssuedDocument_GoesToTheReadOnlySectionThatImportIgnores()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var issued = await app.IssueAsync((await app.DraftAsync()).Id);
        var exported = await InterchangeFiles.ExportAsync(app);

        await using var fresh = await TestApp.StartAsync();
        var report = await InterchangeFiles.ImportAsync(fresh, await WriteAsync(fresh, exported));

        using var json = System.Text.Json.JsonDocument.Parse(exported);
        var entry = Assert.Single(json.RootElement.GetProperty("issued").EnumerateArray());
        Assert.Equal(issued.Number, entry.GetProperty("number").GetString());
        Assert.Equal(240m, entry.GetProperty("taxInclusiveAmount").GetDecimal());
        Assert.Equal(entry.GetProperty("snapshotHash").GetString(), Issuing.SnapshotJson.Hash(entry.GetProperty("snapshot").GetRawText()));
        Assert.Empty(json.RootElement.GetProperty("documents").EnumerateArray());
        Assert.Equal((ImportStatus.Imported, 1), (report.Status, report.IgnoredIssued));
        await using var db = await fresh.DbAsync();
        Assert.Equal(0, await db.Documents.CountAsync());
    }

    private static async Task<string> WriteAsync(TestApp app, byte[] content)
    {
        var path = Path.Combine(app.Folder, $"export-{Guid.NewGuid():N}.json");
        await File.WriteAllBytesAsync(path, content);
        return path;
    }

    // Records made with the services (no source id: they export with their own id), in a foreign currency too.
    private static async Task AddNativeRecordsAsync(TestApp app)
    {
        await app.Get<CustomerService>().CreateAsync("acme", new CustomerInput
        {
            Code = "US1", Name = "Acme Corp", Currency = "USD", Kind = CustomerKind.Business,
            BillingAddress = new Address { Line1 = "1 Main St", PostCode = "10001", City = "New York", Country = "US" },
        }, default);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var documents = app.Get<DocumentService>();
        var draft = (await documents.CreateDraftAsync("acme", new DraftInput
        {
            CustomerCode = "US1", ExchangeRate = 0.9215m, ExchangeRateDate = new DateOnly(2026, 3, 9), ExchangeRateSource = "ECB",
            DeliveryDate = new DateOnly(2026, 3, 1), DueDate = new DateOnly(2026, 4, 30),
        }, default)).GetValueOrThrow();
        (await documents.AddLineAsync(draft.Id, new LineInput { ItemCode = "CONSEIL", Quantity = 7.5m }, default)).GetValueOrThrow();
        (await documents.AddLineAsync(draft.Id, new LineInput { Description = "Licence", Quantity = 1m, UnitPrice = 99.99m, Nature = LineNature.Goods }, default)).GetValueOrThrow();
        (await documents.AddAllowanceChargeAsync(draft.Id, new AllowanceChargeInput { Percentage = 12.5m, Reason = "Volume" }, default)).GetValueOrThrow();
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        (await documents.CreateDraftAsync("acme", new DraftInput { Type = DocumentType.DeliveryNote, CustomerCode = "C001", Note = "Quai 4" }, default)).GetValueOrThrow();
    }
}
