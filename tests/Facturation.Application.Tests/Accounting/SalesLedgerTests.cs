using Facturation.Application.Accounting;
using Facturation.Application.Documents;
using Facturation.Application.Issuing;
using Facturation.Sdk.Accounting;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;

namespace Facturation.Application.Tests.Accounting;

/// <summary>Sales-journal entries built from documents issued through the real pipeline (standard VAT plugin).</summary>
public class SalesLedgerTests
{
    private static readonly LineInput Service = new() { Description = "Conseil", Quantity = 2m, UnitPrice = 100m, Nature = LineNature.Service };
    private static readonly LineInput Book = new() { Description = "Livre", Quantity = 3m, UnitPrice = 20m, TaxClass = "reduced", Nature = LineNature.Goods };

    [Fact]
    public async Task Invoice_DebitsTheCustomer_CreditsRevenueByNatureAndVatByRateAndTaxPoint()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync(change: c => c with
        {
            PluginSettings = new(StringComparer.Ordinal) { ["Facturation.Plugins.StandardVat"] = new(StringComparer.Ordinal) { ["services.taxed-on-payment"] = "true" } },
        });
        await app.CustomerAsync();
        var invoice = await app.IssueAsync((await app.DraftAsync(lines: [Service, Book])).Id);

        var entry = Entry(invoice, sequence: 7);

        Assert.Equal((LedgerJournal.Sales, 7L, invoice.Number), (entry.Journal, entry.Sequence, entry.DocumentReference));
        Assert.Equal(Line(LedgerAccountRole.CustomerReceivable, debit: 303.30m), Amounts(entry.Lines[0]));
        Assert.Equal("C001", entry.Lines[0].CounterpartyCode);
        Assert.Contains(Line(LedgerAccountRole.RevenueServices, credit: 200m), entry.Lines.Select(Amounts));
        Assert.Contains(Line(LedgerAccountRole.RevenueGoods, credit: 60m), entry.Lines.Select(Amounts));
        Assert.Contains(Line(LedgerAccountRole.VatPending, credit: 40m), entry.Lines.Select(Amounts));
        Assert.Contains(Line(LedgerAccountRole.VatCollected, credit: 3.30m), entry.Lines.Select(Amounts));
        Assert.Equal(5.5m, entry.Lines.Single(l => l.Role == LedgerAccountRole.VatCollected).VatRatePercent);
        AssertBalanced(entry);
    }

    [Fact]
    public async Task CreditNote_IsTheMirrorEntry()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var invoice = await app.IssueAsync((await app.DraftAsync(lines: [Service, Book])).Id);
        var credit = await app.IssueAsync((await app.Get<CreditNoteService>().CreateAsync("acme", invoice.Number, full: true, default)).GetValueOrThrow().Id);

        var invoiceEntry = Entry(invoice, 1);
        var creditEntry = Entry(credit, 2);

        Assert.Equal(
            invoiceEntry.Lines.Select(l => (l.Role, l.Debit, l.Credit)).Order(),
            creditEntry.Lines.Select(l => (l.Role, Debit: l.Credit, Credit: l.Debit)).Order());
        Assert.All(creditEntry.Lines, l => Assert.True(l.Debit >= 0m && l.Credit >= 0m && (l.Debit == 0m) != (l.Credit == 0m)));
    }

    [Fact]
    public async Task Allowance_ReducesTheRevenueOfItsRate()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var draft = await app.DraftAsync(lines: [Service, Book]);
        (await app.Get<DocumentService>().AddAllowanceChargeAsync(draft.Id,
            new AllowanceChargeInput { Amount = 10m, TaxClass = "standard", Reason = "Remise fidélité" }, default)).GetValueOrThrow();
        var invoice = await app.IssueAsync(draft.Id);

        var entry = Entry(invoice, 1);

        Assert.Contains(Line(LedgerAccountRole.RevenueServices, credit: 190m), entry.Lines.Select(Amounts));
        Assert.Contains(Line(LedgerAccountRole.VatCollected, credit: 38m), entry.Lines.Select(Amounts));
        Assert.Equal(invoice.Snapshot.Totals.TaxInclusiveAmount.Amount, entry.Lines[0].Debit);
        AssertBalanced(entry);
    }

    [Fact]
    public async Task ForeignCurrency_BooksTheAccountingCurrency_WithTheDocumentAmountBeside()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var draft = (await app.Get<DocumentService>().CreateDraftAsync("acme", new DraftInput
        {
            CustomerCode = "C001", Currency = "USD", ExchangeRate = 0.9137m, ExchangeRateDate = new DateOnly(2026, 3, 9), ExchangeRateSource = "ECB",
        }, default)).GetValueOrThrow();
        await app.Get<DocumentService>().AddLineAsync(draft.Id, new LineInput { Description = "Audit", Quantity = 1m, UnitPrice = 333.33m, Nature = LineNature.Service }, default);
        var invoice = await app.IssueAsync(draft.Id);

        var entry = Entry(invoice, 1);

        var revenue = entry.Lines.Single(l => l.Role == LedgerAccountRole.RevenueServices);
        Assert.Equal(AmountRounding.Round(333.33m * 0.9137m), revenue.Credit);
        Assert.Equal(333.33m, revenue.ForeignAmount!.Value.Amount);
        Assert.Equal("USD", revenue.ForeignAmount!.Value.Currency.Value);
        Assert.Equal(invoice.Snapshot.Totals.TaxTotalInAccountingCurrency!.Value.Amount, entry.Lines.Single(l => l.Role == LedgerAccountRole.VatCollected).Credit);
        AssertBalanced(entry);
    }

    [Theory]
    [InlineData(false, LedgerAccountRole.VatCollected)]
    [InlineData(true, LedgerAccountRole.VatPending)]
    public async Task FinalInvoice_BooksTheWholeSale_AndReversesTheDepositAsItWasBooked(bool servicesTaxedOnPayment, LedgerAccountRole finalVat)
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync(change: c => c with
        {
            PluginSettings = new(StringComparer.Ordinal)
            {
                ["Facturation.Plugins.StandardVat"] = new(StringComparer.Ordinal) { ["services.taxed-on-payment"] = servicesTaxedOnPayment ? "true" : "false" },
            },
        });
        await app.CustomerAsync();
        var quote = await app.IssueAsync((await app.DraftAsync(DocumentType.Quote, lines: [new LineInput { Description = "Pose", Quantity = 1m, UnitPrice = 1000m }])).Id);
        await app.Get<QuoteService>().DecideAsync("acme", quote.Number, Domain.Lifecycle.DocumentAction.Accept, default);
        var deposit = await app.IssueAsync((await app.Get<DepositService>().CreateAsync("acme", quote.Number, 30m, default)).GetValueOrThrow().Id);
        var final = await app.IssueAsync((await app.Get<QuoteService>().ConvertAsync("acme", quote.Number, default)).GetValueOrThrow().Id);

        var depositEntry = Entry(deposit, 1);
        var finalEntry = Entry(final, 2);

        // Deposit: 411 debit / 4191 credit (base) / VAT credit, due when the deposit is received.
        Assert.Equal(
            [Line(LedgerAccountRole.CustomerReceivable, debit: 360m), Line(LedgerAccountRole.CustomerDeposits, credit: 300m), Line(LedgerAccountRole.VatCollected, credit: 60m)],
            depositEntry.Lines.Select(Amounts));
        // Final: the whole sale, then the deposit reversed; where the sale's VAT is due on payment, the reversal comes
        // off the pending VAT, so only the rest becomes due with the balance. VAT is counted once: 60 + 200 - 60.
        Assert.Equal(
        [
            Line(LedgerAccountRole.CustomerReceivable, debit: 1200m), Line(LedgerAccountRole.RevenueServices, credit: 1000m), Line(finalVat, credit: 200m),
            Line(LedgerAccountRole.CustomerDeposits, debit: 300m), Line(finalVat, debit: 60m), Line(LedgerAccountRole.CustomerReceivable, credit: 360m),
        ], finalEntry.Lines.Select(Amounts));
        var vat = new[] { depositEntry, finalEntry }.SelectMany(e => e.Lines).Where(l => l.Role is LedgerAccountRole.VatCollected or LedgerAccountRole.VatPending);
        Assert.Equal(final.Snapshot.Totals.TaxTotal.Amount, vat.Sum(l => l.Credit - l.Debit));
        AssertBalanced(depositEntry);
        AssertBalanced(finalEntry);
    }

    private static LedgerEntry Entry(IssuedDocument issued, long sequence) =>
        SalesLedger.Entry(new SalesDocument(issued.Snapshot, "C001", new HashSet<string>()), sequence)!;

    private static (LedgerAccountRole, decimal, decimal) Line(LedgerAccountRole role, decimal debit = 0m, decimal credit = 0m) => (role, debit, credit);

    private static (LedgerAccountRole, decimal, decimal) Amounts(LedgerLine line) => (line.Role, line.Debit, line.Credit);

    private static void AssertBalanced(LedgerEntry entry) =>
        Assert.Equal(entry.Lines.Sum(l => l.Debit), entry.Lines.Sum(l => l.Credit));
}
