using System.Globalization;
using System.Text;

namespace Facturation.Benchmarks.Reporting;

/// <summary>Writes a report as a BENCHMARKS.md section: date, machine, command, set-up, table, findings.</summary>
internal static class MarkdownReportWriter
{
    public static string Write(BenchmarkReport report, string command, MachineDescription machine, string loadAverage, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var text = new StringBuilder();
        Line(text, $"## {report.Title}");
        Line(text, "");
        Line(text, $"- Date: {timeProvider.GetLocalNow():yyyy-MM-dd HH:mm zzz}");
        Line(text, $"- Machine: {machine}");
        Line(text, $"- Load average (1 min, whole machine): {loadAverage}");
        Line(text, $"- Command: `{command}`");
        foreach (var fact in report.Setup)
            Line(text, $"- {fact}");
        Line(text, "");
        Line(text, "| Measured | Samples | Min | Median | p90 | p99 | Max |");
        Line(text, "|---|---:|---:|---:|---:|---:|---:|");
        foreach (var row in report.Rows)
        {
            var s = row.Summary;
            Line(text, $"| {row.Label} | {s.Count} | {Figure(s.Min, row.Unit)} | {Figure(s.Median, row.Unit)} | {Figure(s.P90, row.Unit)} | {Figure(s.P99, row.Unit)} | {Figure(s.Max, row.Unit)} |");
        }
        Line(text, "");
        foreach (var finding in report.Findings)
            Line(text, $"- {finding}");
        return text.ToString();
    }

    public static string Figure(double value, string unit) =>
        value.ToString(Math.Abs(value) < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " " + unit;

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
