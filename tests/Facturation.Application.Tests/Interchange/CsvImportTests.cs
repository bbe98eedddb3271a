using Facturation.Application.Interchange;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests.Interchange;

public sealed class CsvImportTests
{
    private const string Customers =
        "sourceId,code,name,siren,email,billingAddress.line1,billingAddress.postCode,billingAddress.city,billingAddress.country\r\n"
        + "S1,C100,\"Dupont, Fils et Cie\",443061841,compta@dupont.example,\"3 rue \"\"Haute\"\"\",69001,Lyon,FR\r\n"
        + "S2,C101,Hélène Martin,,helene@example.org,\"1 place d'Italie, Bâtiment B\",75013,Paris,FR\r\n";

    private const string Items =
        "sourceId,code,description,unitCode,unitPrice,taxClass,nature,unitLabels.fr\n"
        + "I1,CONSEIL,\"Conseil, audit\net formation\",HUR,120.50,standard,service,heure\n"
        + "I2,LIVRE,Livre,H87,15.5,reduced,goods,\n";

    [Fact]
    public async Task ImportCsv_CustomersWithQuotedCommasAndQuotes_AreImported()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();

        var report = await InterchangeFiles.ImportTextAsync(app, "customers.csv", Customers, company: "acme");

        Assert.Equal(ImportStatus.Imported, report.Status);
        Assert.Equal((2, 0), InterchangeFiles.Count(report, "customers"));
        await using var db = await app.DbAsync();
        var customers = await db.Customers.OrderBy(c => c.Code).ToListAsync();
        Assert.Equal(["Dupont, Fils et Cie", "Hélène Martin"], customers.Select(c => c.Name));
        Assert.Equal("3 rue \"Haute\"", customers[0].BillingAddress.Line1);
        Assert.Equal("1 place d'Italie, Bâtiment B", customers[1].BillingAddress.Line1);
        Assert.Equal(["S1", "S2"], customers.Select(c => c.SourceId));
    }

    [Fact]
    public async Task ImportCsv_CustomersWithABadRow_IsRefusedNamingTheRowsLine()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        var bad = Customers + "S3,C102,Sans Pays,,,\"1 rue, B\",75001,Paris,XX\r\nS4,C103,Doublon,443061841,,1 rue C,75001,Paris,FR\r\n";

        var report = await InterchangeFiles.ImportTextAsync(app, "customers.csv", bad, company: "acme");

        Assert.Equal(ImportStatus.Refused, report.Status);
        Assert.Equal([("customers[2] line 4", "billingAddress.country", "code.country"), ("customers[3] line 5", "siren", "customer.duplicate")],
            InterchangeFiles.Errors(report));
        Assert.StartsWith("customers[2] line 4 (S3) billingAddress.country: ", report.Errors[0].ToString(), StringComparison.Ordinal);
        await using var db = await app.DbAsync();
        Assert.Equal(0, await db.Customers.CountAsync());
    }

    [Fact]
    public async Task ImportCsv_ItemsWithAQuotedCommaAndLineBreak_AreImportedWithTheirLabels()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();

        var report = await InterchangeFiles.ImportTextAsync(app, "items.csv", Items, company: "acme");

        Assert.Equal((ImportStatus.Imported, 2), (report.Status, InterchangeFiles.Count(report, "items").Created));
        await using var db = await app.DbAsync();
        var conseil = await db.CatalogItems.SingleAsync(i => i.Code == "CONSEIL");
        Assert.Equal(("Conseil, audit\net formation", 120.50m, "heure"), (conseil.Description, conseil.UnitPrice, conseil.UnitLabels["fr"]));
        Assert.Empty((await db.CatalogItems.SingleAsync(i => i.Code == "LIVRE")).UnitLabels);
    }

    [Fact]
    public async Task ImportCsv_ItemsWithBadRows_IsRefusedListingEachByLine()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        var bad = Items + "I3,CARTON,Carton,XYZ,abc,standard,goods,\nI4,CONSEIL,Doublon,HUR,1,standard,service\n";

        var report = await InterchangeFiles.ImportTextAsync(app, "items.csv", bad, company: "acme");

        Assert.Equal(
        [
            ("items[2] line 5", "unitPrice", "csv.number"),
            ("items[2] line 5", "unitCode", "code.unit"),
            ("items[3] line 6", null, "csv.cell-count"),
        ], InterchangeFiles.Errors(report));
    }

    [Fact]
    public async Task ImportCsv_WithoutCompanyOrWithAnUnknownColumn_IsRefused()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();

        var noCompany = await InterchangeFiles.ImportTextAsync(app, "items.csv", Items);
        var unknownColumn = await InterchangeFiles.ImportTextAsync(app, "typo.csv", Items.Replace("unitPrice", "unitPrize", StringComparison.Ordinal), company: "acme");

        Assert.Contains(("file", null, "company.required"), InterchangeFiles.Errors(noCompany));
        Assert.Equal([("file line 1", null, "csv.column-unknown"), ("file line 1", null, "csv.column-missing")], InterchangeFiles.Errors(unknownColumn));
    }
}
