namespace Facturation.Host.Tests;

/// <summary>A quote sent, accepted and converted; the invoice issued, then cancelled by a full credit note.</summary>
public sealed class QuoteAndCreditNoteCliTests : IDisposable
{
    private readonly CliSession _cli = new();

    [Fact]
    public async Task Quote_SentAcceptedConverted_InvoiceIssuedThenCancelledByAFullCreditNote()
    {
        var year = CliSession.Year;
        await _cli.CreateCompanyAndCustomerAsync("q");
        var quoteId = await _cli.OkAsync("quote", "create", "--company", "q", "--customer", "c1");
        await _cli.OkAsync("quote", "add-line", quoteId, "--description", "Audit", "--price", "500", "--quantity", "2", "--unit", "DAY");
        await _cli.OkAsync("quote", "add-allowance", quoteId, "--percent", "10", "--reason", "Remise fidélité");
        var quoteNumber = await _cli.OkAsync("quote", "send", quoteId);
        Assert.Equal($"Q-{year}-00001", quoteNumber);
        var accepted = await _cli.JsonAsync("quote", "accept", quoteNumber, "--company", "q");
        Assert.Equal("accepted", accepted.GetProperty("status").GetString());

        var invoiceId = await _cli.OkAsync("quote", "convert", quoteNumber, "--company", "q");
        var invoiceNumber = await _cli.OkAsync("invoice", "issue", invoiceId);

        Assert.Equal($"INV-{year}-00001", invoiceNumber);
        var quote = await _cli.JsonAsync("quote", "show", quoteNumber, "--company", "q");
        Assert.Equal("converted", quote.GetProperty("status").GetString());

        var creditId = await _cli.OkAsync("credit-note", "create", "--company", "q", "--invoice", invoiceNumber, "--full");
        var credit = await _cli.JsonAsync("credit-note", "issue", creditId);
        Assert.Equal($"CN-{year}-00001", credit.GetProperty("number").GetString());
        Assert.Equal(1080.00m, credit.GetProperty("taxInclusive").GetDecimal());

        var invoice = await _cli.JsonAsync("invoice", "show", invoiceNumber, "--company", "q");
        Assert.Equal("cancelled", invoice.GetProperty("status").GetString());
        Assert.Equal(1080.00m, invoice.GetProperty("credited").GetDecimal());
        Assert.Equal(900.00m, invoice.GetProperty("totals").GetProperty("taxExclusive").GetDecimal());
        Assert.Equal(100.00m, invoice.GetProperty("allowancesCharges")[0].GetProperty("amount").GetDecimal());

        var second = await _cli.RefusedAsync("credit-note", "create", "--company", "q", "--invoice", invoiceNumber, "--full");
        Assert.Contains("(lifecycle.forbidden)", second, StringComparison.Ordinal);
        Assert.Contains("cancelled", second, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
