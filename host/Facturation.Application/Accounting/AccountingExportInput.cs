namespace Facturation.Application.Accounting;

/// <summary>What a person asks to export.</summary>
/// <param name="CompanyCode">The company.</param>
/// <param name="Format">Accounting export id, e.g. <c>fec</c>.</param>
/// <param name="FiscalYearEnd">Closing date of the fiscal year to export.</param>
/// <param name="OutputDirectory">Folder the file is written to (its name is the format's).</param>
public sealed record AccountingExportInput(string CompanyCode, string Format, DateOnly FiscalYearEnd, string OutputDirectory)
{
    /// <summary>First day of the year when it is not the day after the previous closing (a first, shorter or longer year).</summary>
    public DateOnly? FiscalYearStart { get; init; }

    /// <summary>Told how many entries are written, now and then (a door's progress display), or <see langword="null"/>.</summary>
    public IProgress<Common.WorkProgress>? Progress { get; init; }
}
