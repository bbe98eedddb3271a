using Facturation.Benchmarks.Reporting;

namespace Facturation.Benchmarks.Running;

/// <summary>One measurement, run as a sub-command of the driver (e.g. <c>startup</c>).</summary>
internal interface IBenchmarkScenario
{
    /// <summary>The sub-command name.</summary>
    string Name { get; }

    /// <summary>One line for the usage text.</summary>
    string Description { get; }

    /// <summary>Measures and returns the figures; throws <see cref="BenchmarkAbortedException"/> when a run fails.</summary>
    Task<BenchmarkReport> RunAsync(BenchmarkContext context, CancellationToken cancellationToken);
}
