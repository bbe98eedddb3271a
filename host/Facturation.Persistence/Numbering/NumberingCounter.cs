namespace Facturation.Persistence.Numbering;

/// <summary>
/// The host-owned counter of one series (company × series key, the key carrying the year for yearly series).
/// Its next value is taken in the transaction that issues the document, so a rolled-back issue consumes nothing.
/// </summary>
public sealed class NumberingCounter
{
    /// <summary>Company.</summary>
    public Guid CompanyId { get; set; }

    /// <summary>Series key, e.g. <c>invoice/2026</c>.</summary>
    public string SeriesKey { get; set; } = "";

    /// <summary>Last value handed out (0 before the first).</summary>
    public long LastValue { get; set; }

    /// <summary>Issue date of the last document numbered (chronology check).</summary>
    public DateOnly? LastIssueDate { get; set; }
}
