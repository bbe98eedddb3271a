using Facturation.Plugins.France.Accounting;
using Facturation.Sdk.Accounting;
using Facturation.Sdk.Common;

namespace Facturation.Plugins.Tests.France.Accounting;

/// <summary>The export refuses entries that would break the file, naming the entry and the rule.</summary>
public sealed class FecExportRuleTests
{
    private static readonly DateOnly March = new(2026, 3, 10);

    [Theory]
    [InlineData("unbalanced", "entry 1 of the Sales journal (VE", "unbalanced: debit 120.00 is not credit 100.00")]
    [InlineData("one line", "entry 1 of the Sales journal (VE", "fewer than 2 lines")]
    [InlineData("both sides", "entry 1 of the Sales journal (VE", "line 2 must have either a debit or a credit")]
    [InlineData("neither side", "entry 1 of the Sales journal (VE", "line 2 must have either a debit or a credit")]
    [InlineData("negative", "entry 1 of the Sales journal (VE", "line 2 has a negative amount")]
    [InlineData("three decimals", "entry 1 of the Sales journal (VE", "line 1 has an amount with more than 2 decimals")]
    [InlineData("foreign negative", "entry 1 of the Sales journal (VE", "line 1 has a negative foreign amount")]
    [InlineData("foreign three decimals", "entry 1 of the Sales journal (VE", "line 1 has a foreign amount with more than 2 decimals")]
    [InlineData("first is 2", "entry 2 of the Sales journal (VE", "its number must be 1")]
    [InlineData("gap", "entry 3 of the Sales journal (VE", "its number must be 2")]
    [InlineData("repeat", "entry 1 of the Sales journal (VE", "its number must be 2")]
    [InlineData("bank gap", "entry 2 of the Bank journal (BQ", "its number must be 1")]
    [InlineData("validation order", "entry 2 of the Sales journal (VE", "validation date 2026-03-05 is earlier than the previous entry's (2026-03-10)")]
    [InlineData("before period", "entry 1 of the Sales journal (VE", "date 2025-12-31 is outside the exported period 2026-01-01 to 2026-12-31")]
    [InlineData("after period", "entry 1 of the Sales journal (VE", "date 2027-01-01 is outside the exported period")]
    public async Task Write_EntryBreakingARule_ThrowsInvalidDataNamingTheEntryAndRule(string broken, string entry, string rule)
    {
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => FecExportTests.WriteAsync(SomeLedger.Request(), Entries(broken)));

        Assert.Contains(entry, error.Message, StringComparison.Ordinal);
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_JournalsNumberedApart_IsAccepted()
    {
        LedgerEntry[] entries =
        [
            SomeLedger.Simple(1, March),
            SomeLedger.Payment(1, March, "VIR-1", "C0001", "Dupont SA", 120m),
            SomeLedger.Simple(2, March),
            SomeLedger.Payment(2, March.AddDays(1), "VIR-2", "C0001", "Dupont SA", 120m),
        ];

        var text = await FecExportTests.WriteAsync(SomeLedger.Request(), entries);

        Assert.Empty(FecFileChecker.CheckLines(text.Split("\r\n")[..^1]));
    }

    [Fact]
    public async Task Write_InvalidSettings_ThrowsArgumentExceptionNamingTheKey()
    {
        var request = SomeLedger.Request(("fec.account.bank", "411"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => FecExportTests.WriteAsync(request, [SomeLedger.Simple(1, March)]));

        Assert.Contains("fec.account.bank", error.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<LedgerEntry> Entries(string broken)
    {
        var customer = SomeLedger.Customer("C0001", "Dupont SA", 120m);
        var revenue = new LedgerLine(LedgerAccountRole.RevenueServices, 0m, 120m);
        return broken switch
        {
            "unbalanced" => [Entry(customer, revenue with { Credit = 100m })],
            "one line" => [Entry(customer)],
            "both sides" => [Entry(customer, revenue with { Debit = 120m })],
            "neither side" => [Entry(customer, revenue with { Credit = 0m }, revenue)],
            "negative" => [Entry(customer, revenue with { Credit = -120m }, revenue with { Credit = 240m })],
            "three decimals" => [Entry(customer with { Debit = 120.001m }, revenue with { Credit = 120.001m })],
            "foreign negative" => [Entry(customer with { ForeignAmount = new Money(-130m, SomeLedger.Usd) }, revenue)],
            "foreign three decimals" => [Entry(customer with { ForeignAmount = new Money(130.125m, SomeLedger.Usd) }, revenue)],
            "first is 2" => [SomeLedger.Simple(2, March)],
            "gap" => [SomeLedger.Simple(1, March), SomeLedger.Simple(3, March)],
            "repeat" => [SomeLedger.Simple(1, March), SomeLedger.Simple(1, March)],
            "bank gap" => [SomeLedger.Simple(1, March), SomeLedger.Payment(2, March, "VIR-2", "C0001", "Dupont SA", 120m)],
            "validation order" => [SomeLedger.Simple(1, March), SomeLedger.Simple(2, new DateOnly(2026, 3, 5))],
            "before period" => [SomeLedger.Simple(1, new DateOnly(2025, 12, 31))],
            "after period" => [SomeLedger.Simple(1, new DateOnly(2027, 1, 1))],
            _ => throw new ArgumentOutOfRangeException(nameof(broken), broken, "Unknown case."),
        };
    }

    private static LedgerEntry Entry(params LedgerLine[] lines) => SomeLedger.Invoice(1, March, "F2026-00001", lines);
}
