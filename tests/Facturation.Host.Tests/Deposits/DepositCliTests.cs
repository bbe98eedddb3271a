using System.Text.Json;

namespace Facturation.Host.Tests.Deposits;

/// <summary>
/// Deposits end to end through the real executable: <c>quote deposit</c>, <c>invoice issue</c>, <c>quote convert</c>,
/// and the final invoice's figures as <c>invoice show --json</c>, the CII and UBL files and the FEC export state them.
/// </summary>
public sealed class DepositCliTests : IDisposable
{
    private readonly CliSession _cli = new();
    private readonly DirectoryInfo _out = Directory.CreateTempSubdirectory("facturation-deposits-cli-");

    [Fact]
    public async Task ThirtyPercentDepositThenFinalInvoice_ShowEInvoicesAndFecAgree_AndNoDepositFollowsTheFinalInvoice()
    {
        var scenario = new DepositScenario(_cli, _out.FullName);
        await scenario.CreateCompanyAndCustomerAsync();
        // 3,500.00 of services at 20 %: 4,200.00 with VAT; 30 % deposit: 1,050.00 + 210.00 = 1,260.00; 2,940.00 left to pay.
        var quote = await scenario.AcceptedQuoteAsync(["--description", "Rénovation de la cuisine", "--price", "3500", "--unit", "C62"]);
        var deposit = await scenario.IssueDepositAsync(quote, "--percentage", "30");
        var final = await scenario.IssueFinalAsync(quote);

        var shownDeposit = await scenario.ShowAsync(deposit);
        var shown = await scenario.ShowAsync(final);
        var cii = await scenario.EInvoiceAsync(final, "cii");
        var ubl = await scenario.EInvoiceAsync(final, "ubl");
        var balances = await scenario.FecBalancesAsync();
        var again = await _cli.RefusedAsync("quote", "deposit", quote, "--company", DepositScenario.Company, "--amount", "1260.00");

        Assert.Equal(1260.00m, Totals(shownDeposit).GetProperty("taxInclusive").GetDecimal());
        var totals = Totals(shown);
        Assert.Equal((3500.00m, 700.00m, 4200.00m), (totals.GetProperty("taxExclusive").GetDecimal(), totals.GetProperty("taxTotal").GetDecimal(),
            totals.GetProperty("taxInclusive").GetDecimal()));
        Assert.Equal((1260.00m, 2940.00m), (totals.GetProperty("prepaid").GetDecimal(), totals.GetProperty("amountDue").GetDecimal()));
        var deduction = Assert.Single(shown.GetProperty("depositDeductions").EnumerateArray());
        Assert.Equal((deposit, "S", 20m, 1050.00m, 210.00m), (deduction.GetProperty("number").GetString(), deduction.GetProperty("category").GetString(),
            deduction.GetProperty("rate").GetDecimal(), deduction.GetProperty("taxableAmount").GetDecimal(), deduction.GetProperty("taxAmount").GetDecimal()));
        Assert.Equal(deposit, Assert.Single(shown.GetProperty("precedingDocuments").EnumerateArray()).GetProperty("number").GetString());
        // BT-112 4,200.00, BT-113 1,260.00, BT-115 2,940.00 (BR-CO-16), BG-3 the deposit, BT-23 S4 (services, after deposits).
        Assert.Equal((4200.00m, 1260.00m, 2940.00m), (DepositScenario.Amount(cii, "GrandTotalAmount"), DepositScenario.Amount(cii, "TotalPrepaidAmount"),
            DepositScenario.Amount(cii, "DuePayableAmount")));
        Assert.Equal((4200.00m, 1260.00m, 2940.00m), (DepositScenario.Amount(ubl, "TaxInclusiveAmount"), DepositScenario.Amount(ubl, "PrepaidAmount"),
            DepositScenario.Amount(ubl, "PayableAmount")));
        Assert.Equal([deposit], DepositScenario.FirstChildren(cii, "InvoiceReferencedDocument"));
        Assert.Equal([deposit], DepositScenario.FirstChildren(ubl, "InvoiceDocumentReference"));
        Assert.Equal(["S4"], DepositScenario.FirstChildren(cii, "BusinessProcessSpecifiedDocumentContextParameter"));
        // FEC: customer deposits settled, the whole sale in revenue, VAT 700.00 once: 210.00 due with the deposit and
        // the rest (services: VAT due on payment) pending until the balance is paid.
        Assert.Equal(0m, balances["4191"]);
        Assert.Equal(3500.00m, balances["706"]);
        Assert.Equal((210.00m, 490.00m), (balances["4457120"], balances["44574"]));
        Assert.Equal(-4200.00m, balances["411"]);
        Assert.Contains("(deposit.quote-status)", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DepositByAmountAndDepositByPercentage_AtMixedRates_AreDeductedPerCategory()
    {
        var scenario = new DepositScenario(_cli, _out.FullName);
        await scenario.CreateCompanyAndCustomerAsync();
        // 2,000.00 at 20 % and 1,000.00 at 10 %: 3,500.00 with VAT. 30 %: 600.00 (120.00) and 300.00 (30.00);
        // 1,000.00 with VAT: 571.43 (114.29) and 285.71 (28.57). Deducted 2,050.00; 1,450.00 left.
        var quote = await scenario.AcceptedQuoteAsync(
            ["--description", "Rénovation", "--price", "2000", "--unit", "HUR", "--nature", "service"],
            ["--description", "Matériaux", "--price", "1000", "--tax-class", "intermediate", "--nature", "goods"]);
        var first = await scenario.IssueDepositAsync(quote, "--percentage", "30");
        var second = await scenario.IssueDepositAsync(quote, "--amount", "1000.00");
        var final = await scenario.IssueFinalAsync(quote);

        var shownSecond = await scenario.ShowAsync(second);
        var shown = await scenario.ShowAsync(final);
        var cii = await scenario.EInvoiceAsync(final, "cii");
        var ubl = await scenario.EInvoiceAsync(final, "ubl");
        var balances = await scenario.FecBalancesAsync();

        Assert.Equal(1000.00m, Totals(shownSecond).GetProperty("taxInclusive").GetDecimal());
        Assert.Equal(
            [(first, 20m, 600.00m, 120.00m), (first, 10m, 300.00m, 30.00m), (second, 20m, 571.43m, 114.29m), (second, 10m, 285.71m, 28.57m)],
            shown.GetProperty("depositDeductions").EnumerateArray().Select(d => (d.GetProperty("number").GetString(), d.GetProperty("rate").GetDecimal(),
                d.GetProperty("taxableAmount").GetDecimal(), d.GetProperty("taxAmount").GetDecimal())));
        Assert.Equal((3500.00m, 2050.00m, 1450.00m), (Totals(shown).GetProperty("taxInclusive").GetDecimal(), Totals(shown).GetProperty("prepaid").GetDecimal(),
            Totals(shown).GetProperty("amountDue").GetDecimal()));
        Assert.Equal((2050.00m, 1450.00m), (DepositScenario.Amount(ubl, "PrepaidAmount"), DepositScenario.Amount(ubl, "PayableAmount")));
        Assert.Equal((2050.00m, 1450.00m), (DepositScenario.Amount(cii, "TotalPrepaidAmount"), DepositScenario.Amount(cii, "DuePayableAmount")));
        // UBL names both deposits; CII D16B has room for one preceding invoice (CEN/TS 16931-3-3).
        Assert.Equal([first, second], DepositScenario.FirstChildren(ubl, "InvoiceDocumentReference"));
        Assert.Equal([first], DepositScenario.FirstChildren(cii, "InvoiceReferencedDocument"));
        Assert.Equal(["M4"], DepositScenario.FirstChildren(cii, "BusinessProcessSpecifiedDocumentContextParameter"));
        // VAT once per rate: 20 % = 400.00 (234.29 with the deposits, 165.71 pending on the services), 10 % = 100.00.
        Assert.Equal(0m, balances["4191"]);
        Assert.Equal((234.29m, 165.71m, 100.00m), (balances["4457120"], balances["44574"], balances["4457110"]));
    }

    [Fact]
    public async Task Deposits_PastTheQuote_OnAQuoteNotAccepted_OrWithoutAnAmount_AreRefused()
    {
        var scenario = new DepositScenario(_cli, _out.FullName);
        await scenario.CreateCompanyAndCustomerAsync();
        var quote = await scenario.AcceptedQuoteAsync(["--description", "Rénovation", "--price", "3500"]);
        var sentId = await _cli.OkAsync("quote", "create", "--company", DepositScenario.Company, "--customer", "C001");
        await _cli.OkAsync("quote", "add-line", sentId, "--description", "Pose", "--price", "100");
        var sent = await _cli.OkAsync("quote", "send", sentId);
        await scenario.IssueDepositAsync(quote, "--percentage", "60");

        var past = await _cli.RefusedAsync("quote", "deposit", quote, "--company", DepositScenario.Company, "--percentage", "41");
        var pastAmount = await _cli.RefusedAsync("quote", "deposit", quote, "--company", DepositScenario.Company, "--amount", "1680.01");
        var notAccepted = await _cli.RefusedAsync("quote", "deposit", sent, "--company", DepositScenario.Company, "--percentage", "30");
        await _cli.OkAsync("quote", "refuse", sent, "--company", DepositScenario.Company);
        var refused = await _cli.RefusedAsync("quote", "deposit", sent, "--company", DepositScenario.Company, "--percentage", "30");
        var neither = await _cli.RunAsync("quote", "deposit", quote, "--company", DepositScenario.Company);
        var rest = await _cli.JsonAsync("quote", "deposit", quote, "--company", DepositScenario.Company, "--amount", "1680.00");

        Assert.Contains("Percentage: Deposits would reach 101 % of quote", past, StringComparison.Ordinal);
        Assert.Contains("(deposit.exceeds-quote)", pastAmount, StringComparison.Ordinal);
        Assert.Contains("is sent. (deposit.quote-status)", notAccepted, StringComparison.Ordinal);
        Assert.Contains("is refused. (deposit.quote-status)", refused, StringComparison.Ordinal);
        Assert.Equal(2, neither.ExitCode);
        Assert.Contains("--percentage", neither.StdErr, StringComparison.Ordinal);
        Assert.Equal(1, rest.GetProperty("lines").GetInt32());
    }

    public void Dispose()
    {
        _cli.Dispose();
        _out.Delete(recursive: true);
    }

    private static JsonElement Totals(JsonElement shown) => shown.GetProperty("totals");
}
