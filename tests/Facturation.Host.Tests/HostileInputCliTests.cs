using System.Text.Json;

namespace Facturation.Host.Tests;

/// <summary>
/// Hostile input through the real process: an endless or blocking file given to import is refused at once, and the
/// command-line options refuse what an import refuses, with the same rules.
/// </summary>
public sealed class HostileInputCliTests : IDisposable
{
    private readonly CliSession _cli = new();

    [Fact]
    public async Task Import_OfDevZeroOrAFifo_IsRefusedAtOnce_NotReadForever()
    {
        var fifo = Path.Combine(Directory.CreateDirectory(_cli.DataFolder).FullName, "pipe.json");
        var (made, _, madeError) = await FacturationProcess.RunProgramAsync("mkfifo", null, TimeSpan.FromSeconds(30), fifo);
        Assert.True(made == 0, madeError);
        var environment = new Dictionary<string, string> { ["FACTURATION_DATA"] = _cli.DataFolder };

        // A process that read /dev/zero or waited for a writer on the fifo would be killed at the deadline and fail the test.
        var zero = await FacturationProcess.RunProgramAsync(FacturationProcess.Executable, environment, TimeSpan.FromSeconds(60), "import", "/dev/zero", "--format", "json");
        var pipe = await FacturationProcess.RunProgramAsync(FacturationProcess.Executable, environment, TimeSpan.FromSeconds(60), "import", fifo);

        Assert.Equal(2, zero.ExitCode);
        Assert.Contains("Argument <file>: '/dev/zero' is a device, not a regular file.", zero.StdErr, StringComparison.Ordinal);
        Assert.Equal(2, pipe.ExitCode);
        Assert.Contains("is a fifo (named pipe), not a regular file.", pipe.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_RefuseWhatImportRefuses_WithTheSameRules()
    {
        await _cli.CreateCompanyAndCustomerAsync("acme");
        var id = await _cli.OkAsync("invoice", "create", "--company", "acme", "--customer", "c1");
        var longName = new string('N', 201);
        var file = Path.Combine(_cli.DataFolder, "same.json");
        await File.WriteAllTextAsync(file, $$"""
            { "version": 1,
              "customers": [ { "sourceId": "S1", "companyCode": "acme", "code": "C9", "name": "{{longName}}",
                               "billingAddress": { "line1": "\u200B", "city": "Lyon", "country": "FR" } } ],
              "items": [ { "sourceId": "I1", "companyCode": "acme", "code": "I1", "description": "Carton", "unitPrice": 1, "taxClass": "luxury" } ],
              "documents": [ { "sourceId": "D1", "companyCode": "acme", "type": "invoice", "customerCode": "c1", "dueDate": "9999-12-31",
                               "lines": [ { "description": "Conseil", "quantity": 1, "unitPrice": 1.000000000000000000000000000001 } ] } ] }
            """);

        var customer = await _cli.RefusedAsync("customer", "create", "--company", "acme", "--code", "C9", "--name", longName,
            "--address-line1", "\u200B", "--city", "Lyon");
        var item = await _cli.RefusedAsync("item", "create", "--company", "acme", "--code", "I1", "--description", "Carton", "--price", "1", "--tax-class", "luxury");
        var line = await _cli.RefusedAsync("invoice", "add-line", id, "--description", "Conseil", "--price", "10", "--tax-class", "luxury");
        var price = await _cli.RunAsync("invoice", "add-line", id, "--description", "Conseil", "--price", "1.000000000000000000000000000001");
        var date = await _cli.RunAsync("invoice", "create", "--company", "acme", "--customer", "c1", "--due-date", "9999-12-31");
        var import = await _cli.RunAsync("import", file, "--json");

        Assert.Contains("Name: Name is 201 characters long; at most 200 are accepted. (text.too-long)", customer, StringComparison.Ordinal);
        Assert.Contains("BillingAddress.Line1: BillingAddress.Line1 has no visible character", customer, StringComparison.Ordinal);
        Assert.Contains("TaxClass: Tax class 'luxury' is not a class of tax regime 'standard-vat'", item, StringComparison.Ordinal);
        Assert.Contains("Lines[0].TaxClass: Tax class 'luxury'", line, StringComparison.Ordinal);
        Assert.Equal(2, price.ExitCode);
        Assert.Contains("Option '--price': '1.000000000000000000000000000001' has more significant digits than an amount can keep exactly", price.StdErr, StringComparison.Ordinal);
        Assert.Equal(2, date.ExitCode);
        Assert.Contains("Option '--due-date': 9999-12-31 is outside the dates accepted, 1900-01-01 to 2099-12-31.", date.StdErr, StringComparison.Ordinal);
        Assert.Equal(1, import.ExitCode);
        var errors = JsonDocument.Parse(import.StdOut).RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("field").GetString(), e.GetProperty("code").GetString())).ToList();
        Assert.Equal(
        [
            ("name", "text.too-long"), ("billingAddress.line1", "text.invisible"), ("taxClass", "taxclass.unknown"),
            ("dueDate", "date.range"), ("lines[0].unitPrice", "number.precision"),
        ], errors);
        Assert.Empty(JsonDocument.Parse(await _cli.OkAsync("item", "list", "--company", "acme", "--json")).RootElement.EnumerateArray());
    }

    public void Dispose() => _cli.Dispose();
}
