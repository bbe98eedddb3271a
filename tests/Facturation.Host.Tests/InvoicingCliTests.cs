using System.Globalization;
using System.Text.Json;

namespace Facturation.Host.Tests;

/// <summary>An invoice from company creation to a filtered list, through the real process and one database.</summary>
public sealed class InvoicingCliTests : IDisposable
{
    private readonly CliSession _cli = new();

    [Fact]
    public async Task Invoice_CreatedIssuedShownAndListed_ThroughTheCli()
    {
        await _cli.CreateCompanyAndCustomerAsync("acme");
        await _cli.OkAsync("item", "create", "--company", "acme", "--code", "dev", "--description", "Développement", "--price", "80",
            "--unit", "HUR", "--unit-label", "fr=heure");
        var id = await _cli.OkAsync("invoice", "create", "--company", "acme", "--customer", "c1", "--po", "PO-7");
        Assert.True(Guid.TryParse(id, CultureInfo.InvariantCulture, out _), id);
        await _cli.OkAsync("invoice", "add-line", id, "--item", "dev", "--quantity", "2.5");
        await _cli.OkAsync("invoice", "add-line", id, "--description", "Licence", "--price", "19.995", "--quantity", "3", "--tax-class", "reduced");

        var number = await _cli.OkAsync("invoice", "issue", id);

        Assert.Equal($"INV-{CliSession.Year}-00001", number);
        // The customer's later edit does not reach the issued snapshot.
        await _cli.OkAsync("customer", "update", "c1", "--company", "acme", "--name", "Renamed SA");
        var shown = await _cli.JsonAsync("invoice", "show", number, "--company", "acme");
        Assert.Equal("issued", shown.GetProperty("status").GetString());
        Assert.Equal(id, shown.GetProperty("id").GetString());
        Assert.Equal("Client SA", shown.GetProperty("customer").GetProperty("name").GetString());
        Assert.Equal("PO-7", shown.GetProperty("purchaseOrderReference").GetString());
        var lines = shown.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal([200.00m, 59.99m], lines.Select(l => l.GetProperty("netAmount").GetDecimal()));
        Assert.Equal(19.995m, lines[1].GetProperty("unitPrice").GetDecimal());
        var breakdown = shown.GetProperty("taxBreakdown").EnumerateArray()
            .ToDictionary(s => s.GetProperty("rate").GetDecimal(), s => (Base: s.GetProperty("taxableAmount").GetDecimal(), Vat: s.GetProperty("taxAmount").GetDecimal()));
        Assert.Equal((200.00m, 40.00m), breakdown[20m]);
        Assert.Equal((59.99m, 3.30m), breakdown[5.5m]);
        var totals = shown.GetProperty("totals");
        Assert.Equal(259.99m, totals.GetProperty("taxExclusive").GetDecimal());
        Assert.Equal(43.30m, totals.GetProperty("taxTotal").GetDecimal());
        Assert.Equal(303.29m, totals.GetProperty("taxInclusive").GetDecimal());

        // An issued invoice is immutable.
        var refused = await _cli.RefusedAsync("invoice", "add-line", id, "--description", "Late", "--price", "1");
        Assert.Contains("Status: ", refused, StringComparison.Ordinal);
        Assert.Contains("(lifecycle.forbidden)", refused, StringComparison.Ordinal);

        var atLeast300 = await _cli.JsonAsync("invoice", "list", "--company", "acme", "--min-total", "303.29");
        Assert.Equal([number], atLeast300.EnumerateArray().Select(r => r.GetProperty("number").GetString()));
        Assert.Equal(303.29m, atLeast300[0].GetProperty("taxInclusive").GetDecimal());
        var above = await _cli.JsonAsync("invoice", "list", "--company", "acme", "--min-total", "303.30");
        Assert.Equal(JsonValueKind.Array, above.ValueKind);
        Assert.Empty(above.EnumerateArray());
    }

    public void Dispose() => _cli.Dispose();
}
