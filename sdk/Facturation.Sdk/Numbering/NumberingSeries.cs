namespace Facturation.Sdk.Numbering;

/// <summary>The series a document type is numbered in; the host keeps one counter per company and series (and year).</summary>
/// <param name="SeriesKey">Key of the series, e.g. <c>invoice</c>; document types sharing a key share a counter.</param>
/// <param name="Reset">When the counter restarts at 1.</param>
public sealed record NumberingSeries(string SeriesKey, CounterReset Reset);
