using System.Text;
using Facturation.Plugins.France.Accounting;
using Facturation.Sdk.Accounting;

namespace Facturation.Plugins.Tests.France.Accounting;

/// <summary>What the FEC export writes for a small year of entries: a valid file with the PCG accounts.</summary>
public sealed class FecExportTests
{
    private const int CompteNum = 4, CompteLib = 5, CompAuxNum = 6, CompAuxLib = 7, Debit = 11, Credit = 12, Montantdevise = 16, Idevise = 17;

    [Fact]
    public async Task Write_SampleYear_FilePassesTheCheckerWithoutViolation()
    {
        using var folder = new TemporaryFolder();
        var request = SomeLedger.Request();
        var export = new FecExport();
        var path = Path.Combine(folder.Path, export.GetFileName(request));
        await using (var file = File.Create(path))
            await export.WriteAsync(request, SomeLedger.Stream(SomeLedger.Year()), file, CancellationToken.None);

        var violations = FecFileChecker.CheckFile(path, SomeLedger.Siren, SomeLedger.Year2026.End);

        Assert.Empty(violations);
        Assert.Equal(1 + SomeLedger.Year().Sum(e => e.Lines.Count), File.ReadAllLines(path).Length);
    }

    [Fact]
    public async Task Write_Invoice_BooksEachRoleToItsPcgAccountAndLabel()
    {
        var records = Records(await WriteAsync(SomeLedger.Request(), SomeLedger.Year()));

        var invoice = records.Where(r => r[0] == "VE" && r[2] == "1").ToList();
        Assert.Equal(["411", "707", "707", "706", "4457120", "4457105", "44574"], invoice.Select(r => r[CompteNum]));
        Assert.Equal(
            ["Clients", "Ventes de marchandises", "Ventes de marchandises", "Prestations de services", "TVA collectée 20 %", "TVA collectée 5,5 %", "TVA collectée en attente (encaissements)"],
            invoice.Select(r => r[CompteLib]));
        Assert.Equal(["C0001", "Dupont SA", "2145,50", "0,00"], [invoice[0][CompAuxNum], invoice[0][CompAuxLib], invoice[0][Debit], invoice[0][Credit]]);
        Assert.Equal(["", "", "0,00", "1200,00"], [invoice[1][CompAuxNum], invoice[1][CompAuxLib], invoice[1][Debit], invoice[1][Credit]]);
        Assert.Equal("5,50", invoice[5][Credit]);
    }

    [Fact]
    public async Task Write_CreditNoteAndPayment_MirrorTheInvoiceAndUseTheBankJournal()
    {
        var records = Records(await WriteAsync(SomeLedger.Request(), SomeLedger.Year()));

        var creditNote = records.Where(r => r[0] == "VE" && r[2] == "2").ToList();
        Assert.Equal(["707:100,00:0,00", "4457120:20,00:0,00", "411:0,00:120,00"], creditNote.Select(r => $"{r[CompteNum]}:{r[Debit]}:{r[Credit]}"));
        var payment = records.Where(r => r[0] == "BQ").ToList();
        Assert.Equal(["BQ|Banque|1|512|Banque|2145,50", "BQ|Banque|1|411|Clients|0,00"], payment.Select(r => string.Join('|', r[0], r[1], r[2], r[CompteNum], r[CompteLib], r[Debit])));
        Assert.Equal(["AA", "20260320"], payment[1][13..15]);
    }

    [Fact]
    public async Task Write_ForeignCurrencyInvoice_WritesMontantdeviseWithIdeviseOnlyWhereGiven()
    {
        var records = Records(await WriteAsync(SomeLedger.Request(), SomeLedger.Year()));

        Assert.All(records.Where(r => r[0] == "VE" && r[2] == "3"), r => Assert.Equal(["1085,00", "USD"], r[Montantdevise..]));
        Assert.All(records.Where(r => r[2] != "3"), r => Assert.Equal(["", ""], r[Montantdevise..]));
    }

    [Fact]
    public async Task Write_Entry_MapsItsNumberDatesReferenceAndLabel()
    {
        var entry = new LedgerEntry(LedgerJournal.Sales, 1, new DateOnly(2026, 4, 30), "F2026-00042", new DateOnly(2026, 4, 28), "Facture F2026-00042 Dupont SA", new DateOnly(2026, 5, 2),
            [SomeLedger.Customer("C0001", "Dupont SA", 60m), new LedgerLine(LedgerAccountRole.RevenueServices, 0m, 60m)]);

        var record = Records(await WriteAsync(SomeLedger.Request(), [entry]))[0];

        Assert.Equal(["VE", "Journal des ventes", "1", "20260430"], record[..4]);
        Assert.Equal(["F2026-00042", "20260428", "Facture F2026-00042 Dupont SA"], record[8..11]);
        Assert.Equal(["", "", "20260502"], record[13..16]);
    }

    [Fact]
    public async Task Write_File_IsUtf8WithoutBomWithTheHeaderFirstAndCrlfLines()
    {
        using var output = new MemoryStream();
        await new FecExport().WriteAsync(SomeLedger.Request(), SomeLedger.Stream(SomeLedger.Year()), output, CancellationToken.None);
        var bytes = output.ToArray();
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Equal("JournalCode"u8.ToArray(), bytes[..11]);
        Assert.StartsWith(string.Join('\t', FecFileChecker.FieldNames) + "\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text.Replace("\r\n", "", StringComparison.Ordinal));
        Assert.DoesNotContain('\r', text.Replace("\r\n", "", StringComparison.Ordinal));
        Assert.True(bytes.AsSpan().IndexOf("TVA collect\u00e9e"u8) >= 0, "é is written as UTF-8 (C3 A9)");
    }

    [Fact]
    public async Task Write_NoEntries_WritesTheHeaderOnly()
    {
        var text = await WriteAsync(SomeLedger.Request(), []);

        Assert.Equal(string.Join('\t', FecFileChecker.FieldNames) + "\r\n", text);
    }

    [Fact]
    public async Task Write_PipeSeparator_PassesTheCheckerWithPipesOnly()
    {
        var text = await WriteAsync(SomeLedger.Request(("fec.separator", "pipe")), SomeLedger.Year());
        var lines = text.Split("\r\n")[..^1];

        Assert.Empty(FecFileChecker.CheckLines(lines));
        Assert.StartsWith("JournalCode|JournalLib|EcritureNum|", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\t', text);
    }

    [Fact]
    public async Task Write_AuxiliaryPrefix_IsPrependedToTheCustomerCode()
    {
        var records = Records(await WriteAsync(SomeLedger.Request(("fec.auxiliary-prefix", "CL")), SomeLedger.Year()));

        Assert.Equal(["CLC0001", "CLC0001", "CLC0002", "CLC0001"], records.Where(r => r[CompAuxNum].Length > 0).Select(r => r[CompAuxNum]));
    }

    [Fact]
    public async Task Write_CounterpartyWithoutName_LabelsTheAuxiliaryAccountWithItsCode()
    {
        var entry = SomeLedger.Invoice(1, new DateOnly(2026, 2, 1), "F1", SomeLedger.Customer("C0009", "", 10m), new LedgerLine(LedgerAccountRole.RevenueGoods, 0m, 10m));

        var record = Records(await WriteAsync(SomeLedger.Request(), [entry]))[0];

        Assert.Equal(["C0009", "C0009"], record[CompAuxNum..(CompAuxLib + 1)]);
    }

    [Fact]
    public async Task Write_PerRateAccountSettings_MapEachRateAndFallBackToTheGenericAccount()
    {
        var request = SomeLedger.Request(("fec.account.vat-collected.5.5", "4457155"), ("fec.account.vat-collected.10", "44571"), ("fec.account.vat-collected", "44571"));
        var entry = SomeLedger.Invoice(1, new DateOnly(2026, 2, 1), "F1",
            SomeLedger.Customer("C0001", "Dupont SA", 128.50m),
            new LedgerLine(LedgerAccountRole.RevenueGoods, 0m, 100m),
            SomeLedger.Vat(LedgerAccountRole.VatCollected, 5.5m, 5.50m),
            SomeLedger.Vat(LedgerAccountRole.VatCollected, 10m, 10m),
            SomeLedger.Vat(LedgerAccountRole.VatCollected, 8.5m, 8.50m),
            SomeLedger.Vat(LedgerAccountRole.VatCollected, 20.00m, 4.50m));

        var vat = Records(await WriteAsync(request, [entry]))[2..];

        Assert.Equal(
            ["4457155 TVA collectée 5,5 %", "44571 TVA collectée", "44571 TVA collectée", "4457120 TVA collectée 20 %"],
            vat.Select(r => $"{r[CompteNum]} {r[CompteLib]}"));
    }

    [Fact]
    public async Task Write_LineWithAccountNumber_OverridesTheRoleAccountAndKeepsItsLabel()
    {
        var entry = SomeLedger.Invoice(1, new DateOnly(2026, 2, 1), "F1",
            SomeLedger.Customer("C0001", "Dupont SA", 10m),
            new LedgerLine(LedgerAccountRole.RevenueGoods, 0m, 10m) { AccountNumber = "7071" });

        var record = Records(await WriteAsync(SomeLedger.Request(), [entry]))[1];

        Assert.Equal(["7071", "Ventes de marchandises"], record[CompteNum..(CompteLib + 1)]);
    }

    [Theory]
    [InlineData("tab", "Facture F1  Dupont|SA")]
    [InlineData("pipe", "Facture\tF1  Dupont SA")]
    public async Task Write_TextWithSeparatorOrLineBreaks_ReplacesThemWithSpaces(string separator, string expected)
    {
        var entry = SomeLedger.Simple(1, new DateOnly(2026, 2, 1)) with { Label = "Facture\tF1\r\nDupont|SA" };

        var text = await WriteAsync(SomeLedger.Request(("fec.separator", separator)), [entry]);

        var lines = text.Split("\r\n")[..^1];
        Assert.Equal(3, lines.Length);
        Assert.Equal(expected, lines[1].Split(separator == "tab" ? '\t' : '|')[10]);
    }

    [Fact]
    public async Task Write_LeavesTheCallersStreamOpen()
    {
        using var output = new MemoryStream();

        await new FecExport().WriteAsync(SomeLedger.Request(), SomeLedger.Stream(SomeLedger.Year()), output, CancellationToken.None);

        Assert.True(output.CanWrite);
        output.WriteByte(0);
    }

    [Fact]
    public async Task Write_Cancelled_StopsWithOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        using var output = new MemoryStream();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await new FecExport().WriteAsync(SomeLedger.Request(), SomeLedger.Stream(SomeLedger.Year()), output, cancellation.Token));
    }

    [Fact]
    public void Export_DeclaresItsIdAndName()
    {
        var export = new FecExport();

        Assert.Equal("fec", export.Id);
        Assert.Equal("FEC (fichier des écritures comptables)", export.DisplayName);
    }

    internal static async Task<string> WriteAsync(AccountingExportRequest request, IEnumerable<LedgerEntry> entries)
    {
        using var output = new MemoryStream();
        await new FecExport().WriteAsync(request, SomeLedger.Stream(entries), output, CancellationToken.None);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>The records of a tab-separated file, split into their 18 fields.</summary>
    private static List<string[]> Records(string text) =>
        text.Split("\r\n").Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();
}
