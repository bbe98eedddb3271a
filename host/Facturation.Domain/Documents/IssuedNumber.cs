namespace Facturation.Domain.Documents;

/// <summary>The number a document received, with the series counter it came from.</summary>
/// <param name="Number">Formatted number, unique per company.</param>
/// <param name="SeriesKey">Counter key (series, plus the year for yearly series).</param>
/// <param name="Counter">Counter value.</param>
public sealed record IssuedNumber(string Number, string SeriesKey, long Counter);
