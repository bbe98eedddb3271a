using Facturation.Application.Common;
using Facturation.Application.Plugins;
using Facturation.Persistence;
using Facturation.Sdk.Common;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Issuing;

/// <summary>
/// Issues documents: the regime decides, the domain prices, the host takes the series' next number in the issuing
/// transaction, freezes the snapshot, appends to the integrity journal and commits. Any refusal or failure rolls that
/// issue back, so no number is consumed; once the caller gets a number, it is on disk (synchronous=FULL).
/// Callers read and price their drafts in parallel; a single writer numbers them and groups concurrent issues into one
/// commit (<see cref="IssuePipeline"/>).
/// </summary>
public sealed class IssueService : IAsyncDisposable, IDisposable
{
    private readonly IssuePipeline _pipeline;

    /// <summary>Creates the service and its writer.</summary>
    /// <param name="contexts">Database.</param>
    /// <param name="extensions">Plugins of each company.</param>
    /// <param name="time">Clock.</param>
    /// <param name="observers">Hooks called before commit.</param>
    public IssueService(
        IDbContextFactory<FacturationDbContext> contexts, ExtensionRegistry extensions, TimeProvider time, IEnumerable<IIssueObserver> observers)
    {
        var preparer = new IssuePreparer(time);
        _pipeline = new IssuePipeline(contexts, extensions, preparer, new IssueWriter(contexts, extensions, preparer, new DocumentIssuer(time, observers), time));
    }

    /// <summary>Issues an invoice, credit note, deposit or delivery note, or sends (numbers) a quote.</summary>
    /// <param name="documentId">The draft.</param>
    /// <param name="cancellationToken">Cancels while the draft is read and while the request waits for the writer; once the writer has started it, the issue completes.</param>
    /// <returns>The issued document or the problems, known only after the commit.</returns>
    public Task<Outcome<IssuedDocument>> IssueAsync(Guid documentId, CancellationToken cancellationToken) =>
        _pipeline.IssueAsync(documentId, cancellationToken);

    /// <summary>Stops the writer after the requests already queued.</summary>
    /// <returns>A task.</returns>
    public ValueTask DisposeAsync() => _pipeline.DisposeAsync();

    /// <summary>Stops the writer after the requests already queued, waiting for it.</summary>
    public void Dispose() => _pipeline.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
