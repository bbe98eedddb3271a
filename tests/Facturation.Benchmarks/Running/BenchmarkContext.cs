namespace Facturation.Benchmarks.Running;

/// <summary>What every scenario gets: where the built host is, how many runs, where to write progress.</summary>
/// <param name="Layout">Repository root and build configuration.</param>
/// <param name="Options">Run counts.</param>
/// <param name="Progress">Progress messages (stderr), kept apart from the report on stdout.</param>
internal sealed record BenchmarkContext(RepositoryLayout Layout, BenchmarkOptions Options, TextWriter Progress);
