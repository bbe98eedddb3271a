using Facturation.Application.Interchange;

namespace Facturation.Application.Tests.Interchange;

public sealed class ImportRefusalTests
{
    private const string BadRecords = """
        {
          "version": 1,
          "customers": [
            { "sourceId": "C-OK", "companyCode": "acme", "code": "C100", "name": "Bon Client", "siren": "443061841",
              "billingAddress": { "line1": "1 rue A", "postCode": "69001", "city": "Lyon", "country": "FR" } },
            { "sourceId": "C-BAD-SIREN", "companyCode": "acme", "code": "C101", "name": "Siren Faux", "siren": "123456789",
              "billingAddress": { "line1": "1 rue B", "postCode": "69001", "city": "Lyon", "country": "FR" } },
            { "sourceId": "C-TWIN", "companyCode": "acme", "code": "C102", "name": "Bon Client bis", "siren": "443061841",
              "billingAddress": { "line1": "1 rue A", "postCode": "69001", "city": "Lyon", "country": "FR" } },
            { "sourceId": "C-MAIL", "companyCode": "acme", "code": "C103", "name": "Martin encore", "email": "Compta@Martin.example",
              "billingAddress": { "line1": "1 rue C", "postCode": "69001", "city": "Lyon", "country": "FR" } },
            { "sourceId": "C-TYPO", "companyCode": "acme", "code": "C104", "name": "Faute de frappe", "emial": "x@example.org",
              "billingAddress": { "line1": "1 rue D", "postCode": "69001", "city": "Lyon", "country": "FR" } }
          ],
          "items": [
            { "sourceId": "I-UNIT", "companyCode": "acme", "code": "I1", "description": "Carton", "unitCode": "XYZ", "unitPrice": 3 },
            { "sourceId": "I-PRICE", "companyCode": "acme", "code": "I2", "description": "Remise", "unitPrice": -5 }
          ],
          "documents": [
            { "sourceId": "D-QTY", "companyCode": "acme", "type": "invoice", "customerCode": "C100",
              "lines": [ { "description": "Retour", "quantity": -2, "unitPrice": 10 } ] },
            { "sourceId": "D-CUR", "companyCode": "acme", "type": "invoice", "customerCode": "C100", "currency": "ZZZ",
              "lines": [ { "description": "Conseil", "quantity": 1, "unitPrice": 10 } ] },
            { "sourceId": "D-CUST", "companyCode": "acme", "type": "invoice", "customerCode": "NOPE",
              "lines": [ { "description": "Conseil", "quantity": 1, "unitPrice": 10 } ] },
            { "sourceId": "D-ITEM", "companyCode": "acme", "type": "quote", "customerCode": "C001",
              "lines": [ { "itemCode": "GHOST", "description": "Fantôme", "quantity": 1, "unitPrice": 10 } ] },
            { "companyCode": "acme", "type": "deliveryNote", "customerCode": "C001", "deliveryDate": "2026-02-30",
              "lines": [ { "description": "Colis", "quantity": "two" } ] }
          ]
        }
        """;

    [Fact]
    public async Task Import_FileWithBadRecords_IsRefusedWholeListingEveryError()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync(); // C001: SIREN 552100554, compta@martin.example
        var before = await DatabaseCounts.ReadAsync(app);

        var report = await InterchangeFiles.ImportTextAsync(app, "bad.json", BadRecords);

        Assert.Equal(ImportStatus.Refused, report.Status);
        Assert.False(report.Committed);
        Assert.Equal(
        [
            ("customers[1]", "siren", "siren.invalid"),
            ("customers[2]", "siren", "customer.duplicate"),
            ("customers[3]", "email", "customer.duplicate"),
            ("customers[4]", "emial", "field.unknown"),
            ("items[0]", "unitCode", "code.unit"),
            ("items[1]", "unitPrice", "amount.negative"),
            ("documents[0]", "lines[0].quantity", "quantity.not-positive"),
            ("documents[1]", "currency", "code.currency"),
            ("documents[1]", "exchangeRate", "exchange-rate.required"),
            ("documents[2]", "customerCode", "customer.not-found"),
            ("documents[3]", "lines[0].itemCode", "item.not-found"),
            ("documents[4]", "sourceId", "sourceId.required"),
            ("documents[4]", "deliveryDate", "date.format"),
            ("documents[4]", "lines[0].quantity", "json.type"),
        ], InterchangeFiles.Errors(report));
        Assert.Equal(before, await DatabaseCounts.ReadAsync(app));
    }

    [Fact]
    public async Task Import_FileWithBadRecords_NamesEachRecordBySourceIdAndTheRuleInItsMessage()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();

        var report = await InterchangeFiles.ImportTextAsync(app, "bad.json", BadRecords);

        var lines = report.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains("customers[1] (C-BAD-SIREN) siren: SIREN '123456789' must be 9 digits with a valid check digit. (siren.invalid)", lines);
        Assert.Contains(lines, l => l.StartsWith("customers[2] (C-TWIN) siren: Same SIREN '443061841' as customers[0] (C-OK) in this file", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("customers[3] (C-MAIL) email: Same e-mail 'compta@martin.example' as existing customer 'C001'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("documents[2] (D-CUST) customerCode: No customer with code 'NOPE' in company 'acme'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("documents[0] (D-QTY) lines[0].quantity: lines[0].Quantity must be above zero; got -2.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_ChangedRecordWithAnImportedSourceId_IsAConflictNotAnOverwrite()
    {
        await using var app = await TestApp.StartAsync();
        await InterchangeFiles.ImportTextAsync(app, "first.json", SampleFiles.Clean);
        var before = await DatabaseCounts.ReadAsync(app);
        var changed = SampleFiles.Clean
            .Replace("\"name\": \"Dupont, Fils et Cie\"", "\"name\": \"Dupont & Fils\"", StringComparison.Ordinal)
            .Replace("\"quantity\": 0.25", "\"quantity\": 0.5", StringComparison.Ordinal);

        var report = await InterchangeFiles.ImportTextAsync(app, "second.json", changed);

        Assert.Equal(ImportStatus.Refused, report.Status);
        Assert.Equal([("customers[0]", "name", "sourceId.conflict"), ("documents[2]", "lines", "sourceId.conflict")], InterchangeFiles.Errors(report));
        Assert.Contains("already imported with different data (name)", report.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseCounts.ReadAsync(app));
        await using var db = await app.DbAsync();
        Assert.Equal("Dupont, Fils et Cie", db.Customers.Single(c => c.SourceId == "OLD-C-1").Name);
    }

    [Fact]
    public async Task Import_NewRecordReusingAStoredCode_IsRefusedNamingTheCode()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync(change: c => c with { SourceId = "OLD-CO-1", LegalName = "Atelier Dupont" });
        await app.CustomerAsync(code: "C001");
        var before = await DatabaseCounts.ReadAsync(app);

        var report = await InterchangeFiles.ImportTextAsync(app, "clash.json", SampleFiles.Clean);

        Assert.Contains(("companies[0]", "legalName", "sourceId.conflict"), InterchangeFiles.Errors(report));
        Assert.Contains(("customers[0]", "code", "code.taken"), InterchangeFiles.Errors(report));
        Assert.Equal(before, await DatabaseCounts.ReadAsync(app));
    }

    [Fact]
    public async Task Import_MalformedJson_IsRefusedWithItsLine()
    {
        await using var app = await TestApp.StartAsync();

        var report = await InterchangeFiles.ImportTextAsync(app, "broken.json", "{\n  \"version\": 1,\n  \"companies\": [ { \"code\": \"a\", } ]\n}\n");

        var error = Assert.Single(report.Errors);
        Assert.Equal(("file line 3", null, "json.invalid"), (error.Record, error.Field, error.Code));
    }

    [Fact]
    public async Task Import_RecordsOfTheWrongShape_AreEachReportedOnce()
    {
        await using var app = await TestApp.StartAsync();
        const string Shapes = """
            { "version": 1, "companies": [ 42, { "sourceId": 7, "code": "acme", "legalName": "A", "paymentTermsDays": "30",
              "address": { "line1": "1 rue A", "city": "Paris", "country": "FR" } } ] }
            """;

        var report = await InterchangeFiles.ImportTextAsync(app, "shapes.json", Shapes);

        Assert.Equal(
            [("companies[0]", null, "json.not-object"), ("companies[1]", "sourceId", "json.type"), ("companies[1]", "paymentTermsDays", "json.type")],
            InterchangeFiles.Errors(report));
    }

    [Fact]
    public async Task Import_RepeatedFieldName_IsRefusedAsInvalidJson()
    {
        await using var app = await TestApp.StartAsync();

        var report = await InterchangeFiles.ImportTextAsync(app, "twice.json", "{ \"version\": 1, \"version\": 1 }");

        Assert.Equal("json.invalid", Assert.Single(report.Errors).Code);
    }

    [Fact]
    public async Task Import_UnsupportedVersionAndDeepNesting_AreRefused()
    {
        await using var app = await TestApp.StartAsync();
        var deep = "{\"version\": 1, \"companies\": [" + string.Concat(Enumerable.Repeat("[", 40)) + string.Concat(Enumerable.Repeat("]", 40)) + "]}";

        var version = await InterchangeFiles.ImportTextAsync(app, "v2.json", "{ \"version\": 2 }");
        var nested = await InterchangeFiles.ImportTextAsync(app, "deep.json", deep);

        Assert.Equal([("file", null, "version.unsupported")], InterchangeFiles.Errors(version));
        Assert.Equal("json.invalid", Assert.Single(nested.Errors).Code);
        Assert.Contains("depth", nested.Errors[0].Message, StringComparison.OrdinalIgnoreCase);
    }
}
