using Facturation.Plugins.France;
using Facturation.Sdk.Accounting;
using Facturation.Sdk.Common;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.Tests.France.Accounting;

/// <summary>Test data for the FEC export: the request and a small year of sales and bank entries.</summary>
internal static class SomeLedger
{
    public const string Siren = "123456789";
    public static readonly AccountingPeriod Year2026 = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
    public static readonly CurrencyCode Usd = new("USD");

    public static Party Company(params PartyIdentifier[] identifiers) => Some.Party("Vendeur SAS") with { Identifiers = identifiers };

    /// <summary>A request for 2026 with the pack's settings (defaults applied) and the given <c>fec.</c> values.</summary>
    public static AccountingExportRequest Request(params (string Key, string Value)[] settings) =>
        new(Company(new PartyIdentifier(Siren, PartyIdentifier.SirenScheme)), Year2026, CurrencyCode.Eur, Some.Settings(new FranceSettings().Definitions, settings));

    /// <summary>
    /// VE 1: invoice with goods at 20 % and 5.5 % and services taxed on payment; VE 2: a credit note mirroring part
    /// of it; VE 3: an invoice in US dollars; BQ 1: the payment of VE 1, lettered.
    /// </summary>
    public static IReadOnlyList<LedgerEntry> Year() =>
    [
        Invoice(1, new DateOnly(2026, 3, 2), "F2026-00001",
            Customer("C0001", "Dupont SA", debit: 2145.50m),
            new LedgerLine(LedgerAccountRole.RevenueGoods, 0m, 1200m) { VatRatePercent = 20m },
            new LedgerLine(LedgerAccountRole.RevenueGoods, 0m, 100m) { VatRatePercent = 5.5m },
            new LedgerLine(LedgerAccountRole.RevenueServices, 0m, 500m) { VatRatePercent = 20m },
            Vat(LedgerAccountRole.VatCollected, 20m, credit: 240m),
            Vat(LedgerAccountRole.VatCollected, 5.5m, credit: 5.50m),
            Vat(LedgerAccountRole.VatPending, 20m, credit: 100m)),
        Invoice(2, new DateOnly(2026, 3, 10), "A2026-00001",
            new LedgerLine(LedgerAccountRole.RevenueGoods, 100m, 0m) { VatRatePercent = 20m },
            new LedgerLine(LedgerAccountRole.VatCollected, 20m, 0m) { VatRatePercent = 20m, VatCategory = VatCategory.StandardRate },
            new LedgerLine(LedgerAccountRole.CustomerReceivable, 0m, 120m) { CounterpartyCode = "C0001", CounterpartyName = "Dupont SA" }),
        Invoice(3, new DateOnly(2026, 3, 15), "F2026-00002",
            Customer("C0002", "Smith Ltd", debit: 1000m) with { ForeignAmount = new Money(1085m, Usd) },
            new LedgerLine(LedgerAccountRole.RevenueServices, 0m, 1000m) { ForeignAmount = new Money(1085m, Usd) }),
        Payment(1, new DateOnly(2026, 3, 20), "VIR-0001", "C0001", "Dupont SA", 2145.50m),
    ];

    public static LedgerEntry Invoice(long sequence, DateOnly date, string number, params LedgerLine[] lines) =>
        new(LedgerJournal.Sales, sequence, date, number, date, $"Facture {number}", date, lines);

    /// <summary>A balanced two-line sales entry of <paramref name="amount"/>.</summary>
    public static LedgerEntry Simple(long sequence, DateOnly date, decimal amount = 120m) =>
        Invoice(sequence, date, $"F2026-{sequence:00000}", Customer("C0001", "Dupont SA", amount), new LedgerLine(LedgerAccountRole.RevenueServices, 0m, amount));

    public static LedgerEntry Payment(long sequence, DateOnly date, string reference, string customer, string name, decimal amount) =>
        new(LedgerJournal.Bank, sequence, date, reference, date, $"Règlement {name}", date,
        [
            new LedgerLine(LedgerAccountRole.Bank, amount, 0m),
            new LedgerLine(LedgerAccountRole.CustomerReceivable, 0m, amount)
            {
                CounterpartyCode = customer, CounterpartyName = name, LetteringCode = "AA", LetteringDate = date,
            },
        ]);

    public static LedgerLine Customer(string code, string name, decimal debit) =>
        new(LedgerAccountRole.CustomerReceivable, debit, 0m) { CounterpartyCode = code, CounterpartyName = name };

    public static LedgerLine Vat(LedgerAccountRole role, decimal rate, decimal credit) =>
        new(role, 0m, credit) { VatRatePercent = rate, VatCategory = VatCategory.StandardRate };

    public static async IAsyncEnumerable<LedgerEntry> Stream(IEnumerable<LedgerEntry> entries)
    {
        foreach (var entry in entries)
        {
            await Task.Yield();
            yield return entry;
        }
    }
}
