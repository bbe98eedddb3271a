namespace Facturation.Application.Tests.Concurrency;

/// <summary>The broken infrastructure a test simulates inside the issuing transaction.</summary>
internal sealed class InjectedIssueFailure : Exception
{
    public InjectedIssueFailure()
        : base("Injected failure before commit.")
    {
    }

    public InjectedIssueFailure(string message)
        : base(message)
    {
    }

    public InjectedIssueFailure(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
