namespace Facturation.Sdk.Accounting;

/// <summary>A range of accounting dates, both ends included (a fiscal year may differ from the calendar year).</summary>
/// <param name="Start">First day.</param>
/// <param name="End">Last day (the closing date for a fiscal year).</param>
public sealed record AccountingPeriod(DateOnly Start, DateOnly End);
