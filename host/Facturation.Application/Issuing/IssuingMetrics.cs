using System.Diagnostics.Metrics;

namespace Facturation.Application.Issuing;

/// <summary>Metrics of the issuing pipeline (meter <c>Facturation.Issuing</c>), for operators and the benchmark.</summary>
internal static class IssuingMetrics
{
    public const string MeterName = "Facturation.Issuing";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Documents numbered by one commit (group commit: several concurrent issues share one fsync).</summary>
    public static readonly Histogram<int> IssuesPerCommit = Meter.CreateHistogram<int>(
        "facturation.issuing.issues_per_commit", "{issue}", "Documents issued by one database commit.");
}
