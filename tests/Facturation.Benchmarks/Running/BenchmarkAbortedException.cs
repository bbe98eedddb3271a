namespace Facturation.Benchmarks.Running;

/// <summary>A run failed or the set-up is missing: no figure is reported, so a broken host cannot look fast.</summary>
internal sealed class BenchmarkAbortedException : Exception
{
    public BenchmarkAbortedException()
    {
    }

    public BenchmarkAbortedException(string message)
        : base(message)
    {
    }

    public BenchmarkAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
