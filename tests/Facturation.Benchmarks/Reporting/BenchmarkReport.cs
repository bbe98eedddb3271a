namespace Facturation.Benchmarks.Reporting;

/// <summary>What a scenario measured, ready to be written as markdown.</summary>
/// <param name="Title">Section title.</param>
/// <param name="Setup">Facts about the set-up (what was run, how many times), one bullet each.</param>
/// <param name="Rows">The results table.</param>
/// <param name="Findings">Derived figures (ratios, goals), one bullet each.</param>
internal sealed record BenchmarkReport(string Title, IReadOnlyList<string> Setup, IReadOnlyList<ReportRow> Rows, IReadOnlyList<string> Findings);
