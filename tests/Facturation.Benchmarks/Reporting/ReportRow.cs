using Facturation.Benchmarks.Measuring;

namespace Facturation.Benchmarks.Reporting;

/// <summary>One line of the results table.</summary>
/// <param name="Label">What was measured (markdown allowed).</param>
/// <param name="Unit">Unit of every figure of the row, e.g. "ms".</param>
/// <param name="Summary">The figures.</param>
internal sealed record ReportRow(string Label, string Unit, SampleSummary Summary);
