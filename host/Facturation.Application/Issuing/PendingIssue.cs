using Facturation.Sdk.Common;

namespace Facturation.Application.Issuing;

/// <summary>
/// One caller's request waiting in the issuing pipeline. The caller may give up while it is queued; once the writer
/// has started it, the caller waits for the real outcome, which it gets only after the batch's commit.
/// </summary>
/// <param name="prepared">The draft as its caller read and priced it.</param>
/// <param name="epoch">The writer's epoch when that reading began (see <see cref="IssueWriter.State"/>).</param>
internal sealed class PendingIssue(PreparedIssue prepared, long epoch)
{
    private const int Queued = 0;
    private const int Started = 1;
    private const int Abandoned = 2;

    // Continuations run on the pool, never inline on the writer, so a caller's code cannot hold up the next batch.
    private readonly TaskCompletionSource<Outcome<IssuedDocument>> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _state = Queued;

    public Guid DocumentId => Prepared.Document.Id;

    public PreparedIssue Prepared { get; } = prepared;

    public long Epoch { get; } = epoch;

    public Task<Outcome<IssuedDocument>> Completion => _completion.Task;

    /// <summary>The writer takes the request; false when the caller gave up first.</summary>
    public bool TryStart() => Interlocked.CompareExchange(ref _state, Started, Queued) == Queued;

    /// <summary>The caller gives up; only possible while still queued.</summary>
    public void Abandon(CancellationToken cancellationToken)
    {
        if (Interlocked.CompareExchange(ref _state, Abandoned, Queued) == Queued)
            _completion.TrySetCanceled(cancellationToken);
    }

    public void Complete(Outcome<IssuedDocument> outcome) => _completion.TrySetResult(outcome);

    public void Fail(Exception exception) => _completion.TrySetException(exception);
}
