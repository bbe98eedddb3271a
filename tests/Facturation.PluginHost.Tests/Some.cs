using Facturation.Sdk.Accounting;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Settings;

namespace Facturation.PluginHost.Tests;

/// <summary>Test data.</summary>
internal static class Some
{
    public static PostalAddress Address() => new(["1 rue de la Paix"], "75002", "Paris", CountryCode.France);

    public static Party Seller() => new("Atelier Dupont SAS", PartyKind.Business, Address()) { VatNumber = "FR32123456789" };

    public static Party Buyer() => new("Client SARL", PartyKind.Business, Address());

    public static BusinessDocument Document() => new(
        DocumentType.Invoice, new DateOnly(2026, 11, 22), CurrencyCode.Eur, Seller(), Buyer(),
        [new DocumentLine("1", "Conseil", 2m, UnitCode.Hour, 100m, LineNature.Service, TaxClass.Standard)]);

    public static AccountingExportRequest ExportRequest() => new(
        Seller(), new AccountingPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), CurrencyCode.Eur, SettingValues.Empty);

    public static async IAsyncEnumerable<LedgerEntry> Entries(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Yield();
            yield return new LedgerEntry(LedgerJournal.Sales, i, new DateOnly(2026, 3, i), $"F-{i}", new DateOnly(2026, 3, i), $"Invoice {i}",
                new DateOnly(2026, 3, i), [new LedgerLine(LedgerAccountRole.CustomerReceivable, 10m, 0m), new LedgerLine(LedgerAccountRole.RevenueServices, 0m, 10m)]);
        }
    }
}
