namespace Facturation.Host.Tests.Deposits;

/// <summary>A credit note takes document allowances and charges as an invoice does: snapshot, e-invoices and FEC.</summary>
public sealed class CreditNoteAllowanceCliTests : IDisposable
{
    private readonly CliSession _cli = new();
    private readonly DirectoryInfo _out = Directory.CreateTempSubdirectory("facturation-credit-allowance-cli-");

    [Fact]
    public async Task PartialCreditNote_WithAnAllowanceAndACharge_IsIssuedExportedAndBooked()
    {
        var scenario = new DepositScenario(_cli, _out.FullName);
        await scenario.CreateCompanyAndCustomerAsync();
        var invoiceId = await _cli.OkAsync("invoice", "create", "--company", DepositScenario.Company, "--customer", "C001");
        await _cli.OkAsync("invoice", "add-line", invoiceId, "--description", "Fauteuil", "--quantity", "2", "--price", "150", "--nature", "goods");
        var invoice = await _cli.OkAsync("invoice", "issue", invoiceId);
        // One armchair returned (150.00), less a 10.00 restocking allowance, plus the 5.00 return shipping refunded:
        // 145.00 without VAT, 29.00 VAT, 174.00 credited.
        var creditId = await _cli.OkAsync("credit-note", "create", "--company", DepositScenario.Company, "--invoice", invoice);
        await _cli.OkAsync("credit-note", "add-line", creditId, "--description", "Fauteuil retourné", "--price", "150", "--nature", "goods");
        var allowance = await _cli.JsonAsync("credit-note", "add-allowance", creditId, "--amount", "10", "--tax-class", "standard", "--reason", "Frais de remise en stock");
        var charge = await _cli.JsonAsync("credit-note", "add-allowance", creditId, "--charge", "--amount", "5", "--tax-class", "standard", "--reason", "Port du retour");
        var issued = await _cli.JsonAsync("credit-note", "issue", creditId);

        var shown = await _cli.JsonAsync("credit-note", "show", issued.GetProperty("number").GetString()!, "--company", DepositScenario.Company);
        var credited = await scenario.ShowAsync(invoice);
        var cii = await scenario.EInvoiceAsync(issued.GetProperty("number").GetString()!, "cii");
        var ubl = await scenario.EInvoiceAsync(issued.GetProperty("number").GetString()!, "ubl");
        var balances = await scenario.FecBalancesAsync();

        Assert.Equal((1, 2), (allowance.GetProperty("allowancesCharges").GetInt32(), charge.GetProperty("allowancesCharges").GetInt32()));
        var totals = shown.GetProperty("totals");
        Assert.Equal((150.00m, 10.00m, 5.00m, 145.00m, 29.00m, 174.00m),
            (totals.GetProperty("lineNetTotal").GetDecimal(), totals.GetProperty("allowanceTotal").GetDecimal(), totals.GetProperty("chargeTotal").GetDecimal(),
             totals.GetProperty("taxExclusive").GetDecimal(), totals.GetProperty("taxTotal").GetDecimal(), totals.GetProperty("taxInclusive").GetDecimal()));
        Assert.Equal(["Frais de remise en stock", "Port du retour"], shown.GetProperty("allowancesCharges").EnumerateArray().Select(a => a.GetProperty("reason").GetString()));
        Assert.Equal(174.00m, credited.GetProperty("credited").GetDecimal());
        Assert.Equal((10.00m, 5.00m, 174.00m), (DepositScenario.Amount(cii, "AllowanceTotalAmount"), DepositScenario.Amount(cii, "ChargeTotalAmount"),
            DepositScenario.Amount(cii, "GrandTotalAmount")));
        Assert.Equal("CreditNote", ubl.Root!.Name.LocalName);
        Assert.Equal((10.00m, 5.00m, 174.00m), (DepositScenario.Amount(ubl, "AllowanceTotalAmount"), DepositScenario.Amount(ubl, "ChargeTotalAmount"),
            DepositScenario.Amount(ubl, "PayableAmount")));
        // The credit note is the invoice's mirror: 360.00 - 174.00 owed, 300.00 - 145.00 goods sold, 60.00 - 29.00 VAT.
        Assert.Equal((-186.00m, 155.00m, 31.00m), (balances["411"], balances["707"], balances["4457120"]));
    }

    public void Dispose()
    {
        _cli.Dispose();
        _out.Delete(recursive: true);
    }
}
