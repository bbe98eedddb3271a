using Facturation.Sdk.Common;
using Facturation.Sdk.Settings;

namespace Facturation.Sdk.Accounting;

/// <summary>Which company and period an accounting export covers.</summary>
/// <param name="Company">The company whose journals are exported.</param>
/// <param name="Period">The period.</param>
/// <param name="AccountingCurrency">Currency of the ledger amounts.</param>
/// <param name="Settings">The export plugin's settings for the company (account plan ...), defaults applied.</param>
public sealed record AccountingExportRequest(Party Company, AccountingPeriod Period, CurrencyCode AccountingCurrency, SettingValues Settings);
