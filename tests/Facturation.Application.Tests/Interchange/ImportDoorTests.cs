using Facturation.Application.Interchange;

namespace Facturation.Application.Tests.Interchange;

/// <summary>
/// Hostile import files are refused where they come in, every error listed with its record and field, nothing written:
/// repeated keys, bytes that are not UTF-8, huge or invisible names, numbers that would be rounded, unknown tax
/// classes, absurd dates.
/// </summary>
public sealed class ImportDoorTests
{
    private const string HostileRecords = """
        {
          "version": 1,
          "customers": [
            { "sourceId": "C-LONG", "companyCode": "acme", "code": "C100", "name": "%LONG%",
              "billingAddress": { "line1": "1 rue A", "city": "Lyon", "country": "FR" } },
            { "sourceId": "C-ZW", "companyCode": "acme", "code": "C101", "name": "\u200B\u200C\u200D",
              "billingAddress": { "line1": "1 rue B", "city": "Lyon", "country": "FR" } },
            { "sourceId": "C-BEL", "companyCode": "acme", "code": "C102", "name": "Client\u0007",
              "billingAddress": { "line1": "1 rue\u0000C", "city": "Lyon", "country": "FR" } }
          ],
          "items": [
            { "sourceId": "I-30", "companyCode": "acme", "code": "I1", "description": "Carton", "unitPrice": 0.123456789012345678901234567890 },
            { "sourceId": "I-5", "companyCode": "acme", "code": "I2", "description": "Carton", "unitPrice": 0.12345 },
            { "sourceId": "I-CLASS", "companyCode": "acme", "code": "I3", "description": "Carton", "unitPrice": 1, "taxClass": "luxury" }
          ],
          "documents": [
            { "sourceId": "D-DATES", "companyCode": "acme", "type": "invoice", "customerCode": "C001",
              "deliveryDate": "0001-01-01", "dueDate": "9999-12-31", "note": "\ud800",
              "lines": [ { "description": "Conseil", "quantity": 1, "unitPrice": 10, "taxClass": "luxury" } ],
              "allowancesCharges": [ { "reason": "Remise", "amount": 5, "taxClass": "luxury" } ] }
          ]
        }
        """;

    [Fact]
    public async Task Import_HostileRecords_AreRefusedAtTheDoor_EachWithItsFieldAndRule_AndNothingIsWritten()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var before = await DatabaseCounts.ReadAsync(app);

        var report = await InterchangeFiles.ImportTextAsync(app, "hostile.json", HostileRecords.Replace("%LONG%", new string('N', 10_000_000), StringComparison.Ordinal));

        Assert.Equal(ImportStatus.Refused, report.Status);
        Assert.Equal(
        [
            ("customers[0]", "name", "text.too-long"),
            ("customers[1]", "name", "text.invisible"),
            ("customers[2]", "name", "text.control-character"),
            ("customers[2]", "billingAddress.line1", "text.control-character"),
            ("items[0]", "unitPrice", "number.precision"),
            ("items[1]", "unitPrice", "amount.decimals"),
            ("items[2]", "taxClass", "taxclass.unknown"),
            ("documents[0]", "deliveryDate", "date.range"),
            ("documents[0]", "dueDate", "date.range"),
            ("documents[0]", "note", "text.invalid"),
            ("documents[0]", "lines[0].taxClass", "taxclass.unknown"),
            ("documents[0]", "allowancesCharges[0].taxClass", "taxclass.unknown"),
        ], InterchangeFiles.Errors(report));
        Assert.StartsWith("customers[0] (C-LONG) name: Name is 10000000 characters long; at most 200 are accepted. (text.too-long)", report.Errors[0].ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseCounts.ReadAsync(app));
    }

    [Fact]
    public async Task Import_RepeatedKeys_AreRefusedAtAnyDepth()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();

        var top = await InterchangeFiles.ImportTextAsync(app, "top.json", """{ "version": 1, "version": 1 }""");
        var nested = await InterchangeFiles.ImportTextAsync(app, "nested.json", """
            { "version": 1, "items": [ { "sourceId": "I1", "companyCode": "acme", "code": "I1", "description": "A",
              "unitPrice": 1, "unitLabels": { "fr": "heure", "fr": "jour" } } ] }
            """);
        var escaped = await InterchangeFiles.ImportTextAsync(app, "escaped.json", """
            { "version": 1, "items": [ { "sourceId": "I1", "companyCode": "acme", "code": "I1", "description": "A", "descr\u0069ption": "B", "unitPrice": 1 } ] }
            """);

        Assert.Equal(("file", null, "json.invalid"), Assert.Single(InterchangeFiles.Errors(top)));
        Assert.Contains("'version'", top.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("'fr'", Assert.Single(nested.Errors).Message, StringComparison.Ordinal);
        Assert.Contains("'description'", Assert.Single(escaped.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BytesThatAreNotUtf8_AreRefusedWithTheirLine_InJsonAndCsv()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        var json = Path.Combine(app.Folder, "latin1.json");
        var csv = Path.Combine(app.Folder, "latin1.csv");
        await File.WriteAllBytesAsync(json, [.. "{ \"version\": 1,\n  \"companies\": [ { \"sourceId\": \"Caf"u8, 0xE9, .. "\" } ] }"u8]);
        await File.WriteAllBytesAsync(csv, [.. "sourceId,code,name\nS1,C1,Caf"u8, 0xE9, .. "\n"u8]);

        var fromJson = await InterchangeFiles.ImportAsync(app, json);
        var fromCsv = await InterchangeFiles.ImportAsync(app, csv, company: "acme");

        Assert.Equal(("file line 2", null, "file.encoding"), Assert.Single(InterchangeFiles.Errors(fromJson)));
        Assert.Equal(("file line 2", null, "file.encoding"), Assert.Single(InterchangeFiles.Errors(fromCsv)));
    }

    [Fact]
    public async Task Import_OfADevice_IsRefusedWithoutReadingIt()
    {
        await using var app = await TestApp.StartAsync();

        var zero = await app.Get<ImportService>().ImportAsync(new ImportRequest { FilePath = "/dev/zero", Format = ImportFormat.Json }, default);

        var error = Assert.Single(zero.Errors);
        Assert.Equal("file.not-regular", error.Code);
        Assert.Contains("/dev/zero", error.Message, StringComparison.Ordinal);
    }
}
