using System.Globalization;
using System.Runtime.CompilerServices;
using Facturation.Sdk.Accounting;
using Facturation.Sdk.Common;
using Facturation.Sdk.Settings;
using Facturation.Sdk.Taxes;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// A year of synthetic, balanced sales entries made one at a time as they are read (never held): 4 lines each,
/// customer (411), goods (707), services (706), VAT 20 % (4457120). It samples memory at every tenth of the entries.
/// </summary>
internal sealed class FecSyntheticLedger(int entries)
{
    public const int LinesPerEntry = 4;
    private const int Customers = 1000;
    private static readonly DateOnly FirstDay = new(2026, 1, 1);
    private static readonly string[] CustomerCodes = [.. Enumerable.Range(1, Customers).Select(i => string.Create(CultureInfo.InvariantCulture, $"C{i:00000}"))];
    private static readonly string[] CustomerNames = [.. Enumerable.Range(1, Customers).Select(i => string.Create(CultureInfo.InvariantCulture, $"Client {i:00000} SARL"))];

    public int Entries => entries;

    /// <summary>The company and fiscal year 2026, with the export's default settings.</summary>
    public static AccountingExportRequest Request { get; } = new(
        new Party("Vendeur SAS", PartyKind.Business, new PostalAddress(["1 rue de la Paix"], "75002", "Paris", CountryCode.France))
        {
            Identifiers = [new PartyIdentifier("123456789", PartyIdentifier.SirenScheme)],
        },
        new AccountingPeriod(FirstDay, new DateOnly(2026, 12, 31)),
        CurrencyCode.Eur,
        SettingValues.Empty);

    /// <summary>The entries in validation order; <paramref name="progress"/> samples before entry k·N/10 + 1 and at the end.</summary>
    public async IAsyncEnumerable<LedgerEntry> ReadAsync(FecProgress progress, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        await Task.CompletedTask;
        progress.Sample(0);
        var tenth = 1;
        for (var i = 0; i < entries; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (i == (long)entries * tenth / 10)
                progress.Sample(tenth++);
            yield return Entry(i);
        }
        while (tenth <= 10)
            progress.Sample(tenth++);
    }

    private LedgerEntry Entry(int index)
    {
        var goods = 10m + (index % 100_000 / 100m);
        var services = 5m + (index * 7L % 50_000 / 100m);
        var vat = AmountRounding.Round((goods + services) * 0.20m);
        var date = FirstDay.AddDays((int)(index * 365L / entries));
        var reference = string.Create(CultureInfo.InvariantCulture, $"F2026-{index + 1:0000000}");
        var customer = index % Customers;
        LedgerLine[] lines =
        [
            new(LedgerAccountRole.CustomerReceivable, goods + services + vat, 0m) { CounterpartyCode = CustomerCodes[customer], CounterpartyName = CustomerNames[customer] },
            new(LedgerAccountRole.RevenueGoods, 0m, goods) { VatRatePercent = 20m },
            new(LedgerAccountRole.RevenueServices, 0m, services) { VatRatePercent = 20m },
            new(LedgerAccountRole.VatCollected, 0m, vat) { VatRatePercent = 20m, VatCategory = VatCategory.StandardRate },
        ];
        return new LedgerEntry(LedgerJournal.Sales, index + 1, date, reference, date, "Facture " + reference, date, lines);
    }
}
