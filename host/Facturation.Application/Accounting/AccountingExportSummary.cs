using Facturation.Sdk.Accounting;

namespace Facturation.Application.Accounting;

/// <summary>What an accounting export wrote.</summary>
/// <param name="Path">The file written.</param>
/// <param name="Period">The fiscal year (or period) covered.</param>
/// <param name="Entries">Number of entries.</param>
public sealed record AccountingExportSummary(string Path, AccountingPeriod Period, long Entries);
