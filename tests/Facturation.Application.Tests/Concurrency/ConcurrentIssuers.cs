using Facturation.Application.Issuing;

namespace Facturation.Application.Tests.Concurrency;

/// <summary>Runs several issuers at once, each issuing its own drafts one after the other, as separate callers would.</summary>
internal static class ConcurrentIssuers
{
    public static async Task<IReadOnlyList<IssueAttempt>> RunAsync(IssueService issuing, IReadOnlyList<Guid> drafts, int issuers)
    {
        var shares = drafts.Select((id, index) => (id, index)).GroupBy(x => x.index % issuers, x => x.id).ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = shares.Select(share => Task.Run(async () =>
        {
            await start.Task;
            var attempts = new List<IssueAttempt>();
            foreach (var id in share)
                attempts.Add(await AttemptAsync(issuing, id));
            return attempts;
        })).ToList();
        start.SetResult();
        return (await Task.WhenAll(tasks)).SelectMany(a => a).ToList();
    }

    private static async Task<IssueAttempt> AttemptAsync(IssueService issuing, Guid id)
    {
        try
        {
            var outcome = await issuing.IssueAsync(id, CancellationToken.None);
            return outcome.Succeeded
                ? new IssueAttempt(id, outcome.Value!.Number, null)
                : new IssueAttempt(id, null, string.Join("; ", outcome.Problems));
        }
        catch (InjectedIssueFailure ex)
        {
            return new IssueAttempt(id, null, ex.Message);
        }
    }
}
