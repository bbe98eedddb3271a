namespace Facturation.Benchmarks.Scenarios;

/// <summary>The measured runs of the issue scenario.</summary>
internal sealed class IssueSamples
{
    /// <summary>Bare SQLite commits per second, one figure per run.</summary>
    public List<double> BaselineCommitsPerSecond { get; } = [];

    /// <summary>Time of one bare commit, every commit of every run (ms).</summary>
    public List<double> BaselineLatencies { get; } = [];

    /// <summary>Invoices per second with one issuer, one figure per run.</summary>
    public List<double> SingleIssuerThroughput { get; } = [];

    /// <summary>Time of one issue with one issuer, every issue of every run (ms).</summary>
    public List<double> SingleIssuerLatencies { get; } = [];

    /// <summary>Invoices per second with concurrent issuers, one figure per run.</summary>
    public List<double> ConcurrentThroughput { get; } = [];

    /// <summary>Time of one issue with concurrent issuers, as each caller saw it (ms).</summary>
    public List<double> ConcurrentLatencies { get; } = [];

    /// <summary>Process CPU time per invoice with one issuer, one figure per run (ms).</summary>
    public List<double> SingleIssuerCpu { get; } = [];

    /// <summary>Process CPU time per invoice with concurrent issuers, one figure per run (ms).</summary>
    public List<double> ConcurrentCpu { get; } = [];

    /// <summary>Invoices per database commit with concurrent issuers, one figure per run.</summary>
    public List<double> ConcurrentIssuesPerCommit { get; } = [];
}
