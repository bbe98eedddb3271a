namespace Facturation.Benchmarks.Measuring;

/// <summary>Order statistics of a set of measurements (all in the same unit).</summary>
/// <param name="Count">Number of samples.</param>
/// <param name="Min">Smallest sample.</param>
/// <param name="Median">50th percentile.</param>
/// <param name="P90">90th percentile.</param>
/// <param name="P99">99th percentile.</param>
/// <param name="Max">Largest sample.</param>
internal sealed record SampleSummary(int Count, double Min, double Median, double P90, double P99, double Max)
{
    public static SampleSummary Of(IEnumerable<double> samples)
    {
        var sorted = samples.Order().ToArray();
        if (sorted.Length == 0)
            throw new ArgumentException("At least one sample is needed.", nameof(samples));
        return new SampleSummary(sorted.Length, sorted[0], Percentile(sorted, 0.5), Percentile(sorted, 0.9), Percentile(sorted, 0.99), sorted[^1]);
    }

    /// <summary>Linear interpolation between closest ranks (the "R-7" / spreadsheet PERCENTILE.INC definition).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double fraction)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfLessThan(fraction, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fraction, 1);
        var rank = fraction * (sorted.Count - 1);
        var below = (int)Math.Floor(rank);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + ((rank - below) * (sorted[above] - sorted[below]));
    }
}
