namespace Facturation.Benchmarks.Measuring;

/// <summary>One finished process: its wall-clock time from start to exit and what it wrote.</summary>
/// <param name="ExitCode">Process exit code.</param>
/// <param name="Elapsed">Wall-clock time from <c>Process.Start</c> to exit with both streams drained.</param>
/// <param name="StandardOutput">Everything written to stdout.</param>
/// <param name="StandardError">Everything written to stderr (the host's logs).</param>
internal sealed record ProcessRun(int ExitCode, TimeSpan Elapsed, string StandardOutput, string StandardError);
