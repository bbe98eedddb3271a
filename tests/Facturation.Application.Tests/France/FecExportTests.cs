using Facturation.Application.Accounting;
using Facturation.Application.Documents;
using Facturation.Domain.Lifecycle;
using Facturation.Domain.Parties;
using Facturation.Plugins.Tests.France.Accounting;
using Facturation.Sdk.Documents;

namespace Facturation.Application.Tests.France;

/// <summary>
/// The FEC-format export of a fiscal year from documents issued through the real pipeline, written by the loaded France
/// plugin and judged by the rule checker of COMPLIANCE.md (g).
/// </summary>
public sealed class FecExportTests
{
    private static readonly DateOnly Closing = new(2026, 6, 30);

    [Fact]
    public async Task FiscalYear_WithInvoicesCreditNoteDepositAndForeignCurrency_PassesEveryFecRule()
    {
        await using var app = await StartAsync();
        var first = await app.IssueAsync((await app.DraftAsync(lines:
        [
            new LineInput { Description = "Conseil", Quantity = 2m, UnitPrice = 100m, UnitCode = "HUR", Nature = LineNature.Service },
            new LineInput { Description = "Livre", Quantity = 3m, UnitPrice = 20m, TaxClass = "reduced", Nature = LineNature.Goods },
        ])).Id);
        await app.IssueAsync((await app.Get<CreditNoteService>().CreateAsync("acme", first.Number, full: true, default)).GetValueOrThrow().Id);
        var usd = (await app.Get<DocumentService>().CreateDraftAsync("acme", new DraftInput
        {
            CustomerCode = "C001", Currency = "USD", ExchangeRate = 0.9137m, ExchangeRateDate = new DateOnly(2026, 3, 9), ExchangeRateSource = "ECB",
        }, default)).GetValueOrThrow();
        await app.Get<DocumentService>().AddLineAsync(usd.Id, new LineInput { Description = "Machine", Quantity = 1m, UnitPrice = 1500m, Nature = LineNature.Goods }, default);
        await app.IssueAsync(usd.Id);
        var quote = await app.IssueAsync((await app.DraftAsync(DocumentType.Quote)).Id);
        await app.Get<QuoteService>().DecideAsync("acme", quote.Number, DocumentAction.Accept, default);
        await app.IssueAsync((await app.Get<DepositService>().CreateAsync("acme", quote.Number, 30m, default)).GetValueOrThrow().Id);
        await app.IssueAsync((await app.Get<QuoteService>().ConvertAsync("acme", quote.Number, default)).GetValueOrThrow().Id);

        var summary = await ExportAsync(app, Closing);

        Assert.Equal("732829320FEC20260630.txt", Path.GetFileName(summary.Path));
        Assert.Equal((new DateOnly(2025, 7, 1), Closing), (summary.Period.Start, summary.Period.End));
        Assert.Equal(5, summary.Entries);
        Assert.Empty(FecFileChecker.CheckFile(summary.Path, "732829320", Closing));
        var records = (await File.ReadAllLinesAsync(summary.Path)).Skip(1).Select(l => l.Split('\t')).ToList();
        Assert.Equal(["411", "4191", "4457105", "4457120", "44574", "706", "707"], records.Select(r => r[4]).Distinct().Order(StringComparer.Ordinal));
        Assert.All(records.Where(r => r[4] == "411"), r => Assert.Equal(("C001", "Client Martin SARL"), (r[6], r[7])));
        // The credit note (entry 2) is the mirror of the invoice (entry 1).
        var invoiceLines = records.Where(r => r[2] == "1").Select(r => (r[4], r[11], r[12])).Order();
        var creditLines = records.Where(r => r[2] == "2").Select(r => (r[4], r[12], r[11])).Order();
        Assert.Equal(invoiceLines, creditLines);
        var foreign = records.Where(r => r[2] == "3").ToList();
        Assert.All(foreign, r => Assert.Equal("USD", r[17]));
        Assert.Contains(foreign, r => r[4] == "707" && r[12] == "1370,55" && r[16] == "1500,00");
        // The deposit (entry 4) is credited to 4191; the final invoice (entry 5) debits 4191 with what it deducts.
        Assert.Contains(records, r => r[2] == "4" && r[4] == "4191" && r[12] == "60,00");
        Assert.Contains(records, r => r[2] == "5" && r[4] == "4191" && r[11] == "60,00");
    }

    [Fact]
    public async Task FinalInvoiceAfterTwoDepositsAtMixedRates_CountsEachDepositsVatOnce_AndPassesEveryFecRule()
    {
        await using var app = await StartAsync();
        var quote = await app.IssueAsync((await app.DraftAsync(DocumentType.Quote, lines:
        [
            new LineInput { Description = "Rénovation", Quantity = 1m, UnitPrice = 2000m, UnitCode = "HUR", Nature = LineNature.Service },
            new LineInput { Description = "Matériaux", Quantity = 1m, UnitPrice = 1000m, TaxClass = "intermediate", Nature = LineNature.Goods },
        ])).Id);
        await app.Get<QuoteService>().DecideAsync("acme", quote.Number, DocumentAction.Accept, default);
        var deposits = app.Get<DepositService>();
        // 30 %: 600.00 at 20 % (VAT 120.00) and 300.00 at 10 % (30.00); then 1,000.00 with VAT: 571.43 (114.29) and 285.71 (28.57).
        await app.IssueAsync((await deposits.CreateAsync("acme", quote.Number, 30m, default)).GetValueOrThrow().Id);
        await app.IssueAsync((await deposits.CreateAsync("acme", quote.Number, new DepositInput { Amount = 1000m }, default)).GetValueOrThrow().Id);
        var final = await app.IssueAsync((await app.Get<QuoteService>().ConvertAsync("acme", quote.Number, default)).GetValueOrThrow().Id);

        var summary = await ExportAsync(app, Closing);

        Assert.Equal([(20m, 600m, 120m), (10m, 300m, 30m), (20m, 571.43m, 114.29m), (10m, 285.71m, 28.57m)],
            final.Snapshot.DepositDeductions.Select(d => (d.RatePercent, d.TaxableAmount.Amount, d.TaxAmount.Amount)));
        Assert.Equal((3500m, 2050m, 1450m), (final.Snapshot.Totals.TaxInclusiveAmount.Amount, final.Snapshot.Totals.PrepaidAmount.Amount,
            final.Snapshot.Totals.AmountDue.Amount));
        Assert.Empty(FecFileChecker.CheckFile(summary.Path, "732829320", Closing));
        var balances = (await File.ReadAllLinesAsync(summary.Path)).Skip(1).Select(l => l.Split('\t'))
            .GroupBy(r => r[4]).ToDictionary(g => g.Key, g => g.Sum(r => Amount(r[12]) - Amount(r[11])));
        // Customer deposits are settled; the whole sale is revenue; VAT (20 % on the deposits, the rest of it pending on
        // the services until paid, 10 % on the goods) adds up to the sale's VAT once: 234.29 + 165.71 + 100.00 = 500.00.
        Assert.Equal(0m, balances["4191"]);
        Assert.Equal((2000m, 1000m), (balances["706"], balances["707"]));
        Assert.Equal((234.29m, 165.71m, 100m), (balances["4457120"], balances["44574"], balances["4457110"]));
        Assert.Equal(final.Snapshot.Totals.TaxTotal.Amount, balances["4457120"] + balances["44574"] + balances["4457110"]);
        Assert.Equal(-3500m, balances["411"]);
    }

    [Fact]
    public async Task DocumentsOfTheNextFiscalYear_AreNotInThisOne_AndNumberingRestartsPerExport()
    {
        await using var app = await StartAsync();
        await app.IssueAsync((await app.DraftAsync()).Id);
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 7, 1, 8, 0, 0, TimeSpan.Zero));
        await app.IssueAsync((await app.DraftAsync()).Id);
        await app.IssueAsync((await app.DraftAsync()).Id);

        var closingYear = await ExportAsync(app, Closing);
        var nextYear = await ExportAsync(app, new DateOnly(2027, 6, 30));

        Assert.Equal((1L, 2L), (closingYear.Entries, nextYear.Entries));
        Assert.Empty(FecFileChecker.CheckFile(nextYear.Path, "732829320", new DateOnly(2027, 6, 30)));
        var numbers = (await File.ReadAllLinesAsync(nextYear.Path)).Skip(1).Select(l => l.Split('\t')[2]).Distinct();
        Assert.Equal(["1", "2"], numbers);
    }

    [Fact]
    public async Task ClosingDateOffTheCompanysFiscalYear_IsRefusedNamingTheSetting()
    {
        await using var app = await StartAsync();

        var outcome = await app.Get<AccountingExportService>().ExportAsync(new AccountingExportInput("acme", "fec", new DateOnly(2026, 12, 31), app.Folder), default);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(("fiscal-year.not-a-closing-date", "FiscalYearEnd"), (problem.Code, problem.Field));
        Assert.Empty(Directory.GetFiles(app.Folder, "*.txt*"));
    }

    [Fact]
    public async Task FirstFiscalYearOfEighteenMonths_IsAccepted_ButNotOneBeyondTwentyFourMonths()
    {
        await using var app = await StartAsync();
        await app.IssueAsync((await app.DraftAsync()).Id);
        var service = app.Get<AccountingExportService>();

        var longFirstYear = await service.ExportAsync(new AccountingExportInput("acme", "fec", Closing, app.Folder) { FiscalYearStart = new DateOnly(2025, 1, 1) }, default);
        var tooLong = await service.ExportAsync(new AccountingExportInput("acme", "fec", Closing, app.Folder) { FiscalYearStart = new DateOnly(2024, 6, 1) }, default);

        Assert.Equal(new DateOnly(2025, 1, 1), longFirstYear.GetValueOrThrow().Period.Start);
        Assert.Equal("fiscal-year.length", Assert.Single(tooLong.Problems).Code);
    }

    [Fact]
    public async Task CompanyWithoutSiren_IsRefused_AndNoFileIsWritten()
    {
        await using var app = await TestApp.StartAsync();
        await FrenchPack.CompanyAsync(app, c => c with { Siren = null, Siret = null, FiscalYearEnd = "06-30" });

        var outcome = await app.Get<AccountingExportService>().ExportAsync(new AccountingExportInput("acme", "fec", Closing, app.Folder), default);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal("export.file-name", problem.Code);
        Assert.Contains("Siren", problem.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(app.Folder, "*.txt*"));
    }

    private static decimal Amount(string fec) => fec.Length == 0 ? 0m : decimal.Parse(fec.Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<TestApp> StartAsync()
    {
        var app = await TestApp.StartAsync();
        await FrenchPack.CompanyAsync(app, c => c with { FiscalYearEnd = "06-30" });
        await app.CustomerAsync();
        return app;
    }

    private static async Task<AccountingExportSummary> ExportAsync(TestApp app, DateOnly closing)
    {
        var folder = Path.Combine(app.Folder, closing.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        return (await app.Get<AccountingExportService>().ExportAsync(new AccountingExportInput("acme", "fec", closing, folder), default)).GetValueOrThrow();
    }
}
