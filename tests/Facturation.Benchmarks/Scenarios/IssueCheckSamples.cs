namespace Facturation.Benchmarks.Scenarios;

/// <summary>The measured runs of the issue-check scenario.</summary>
internal sealed class IssueCheckSamples
{
    /// <summary>One issuer, with and without the check.</summary>
    public CheckedPair Single { get; } = new();

    /// <summary>Eight concurrent issuers, with and without the check.</summary>
    public CheckedPair Concurrent { get; } = new();

    /// <summary>The check alone, microseconds per call, one figure per run.</summary>
    public List<double> DirectMicroseconds { get; } = [];

    /// <summary>Throughput and CPU per invoice of one case, with the check and without it, one figure per run.</summary>
    internal sealed class CheckedPair
    {
        public List<double> Checked { get; } = [];

        public List<double> Unchecked { get; } = [];

        public List<double> CheckedCpu { get; } = [];

        public List<double> UncheckedCpu { get; } = [];

        public List<double> CheckedLatencies { get; } = [];

        public List<double> UncheckedLatencies { get; } = [];

        public void Add(bool withCheck, IssueRound round)
        {
            (withCheck ? Checked : Unchecked).Add(round.InvoicesPerSecond);
            (withCheck ? CheckedCpu : UncheckedCpu).Add(round.CpuMillisecondsPerInvoice);
            (withCheck ? CheckedLatencies : UncheckedLatencies).AddRange(round.LatenciesMilliseconds);
        }
    }
}
