namespace Facturation.Sdk.Numbering;

/// <summary>
/// Formats document numbers. The host owns the counters and takes the next value in the transaction that
/// issues the document; the scheme only chooses the series and formats the value. Both calls are pure
/// (no I/O), so they are synchronous.
/// </summary>
public interface INumberingScheme
{
    /// <summary>Stable id that company settings name to activate the scheme, e.g. <c>sequential</c>.</summary>
    string Id { get; }

    /// <summary>Name shown to people.</summary>
    string DisplayName { get; }

    /// <summary>Declared guarantees.</summary>
    NumberingCapabilities Capabilities { get; }

    /// <summary>The series (counter key and reset rule) for a document type.</summary>
    /// <param name="request">Document type and settings.</param>
    /// <returns>The series.</returns>
    NumberingSeries DescribeSeries(NumberingSeriesRequest request);

    /// <summary>Formats the counter value as the document number, e.g. <c>F2026-00042</c>.</summary>
    /// <param name="request">Counter, date, series and settings.</param>
    /// <returns>The number, unique for the company.</returns>
    string FormatNumber(NumberFormatRequest request);
}
