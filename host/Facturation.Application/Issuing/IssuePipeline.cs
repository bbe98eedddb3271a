using System.Threading.Channels;
using Facturation.Application.Plugins;
using Facturation.Persistence;
using Facturation.Sdk.Common;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Issuing;

/// <summary>
/// Group commit: one writer takes the issue requests that are waiting and runs them in one transaction, each in its
/// own savepoint, then commits once. SQLite allows one writer at a time and a durable commit costs an fsync, so
/// concurrent issuers share both instead of queueing on the write lock one fsync each.
/// </summary>
/// <remarks>
/// A refused or failed issue rolls back to its savepoint: it consumes no number and the others in the batch keep
/// theirs. Callers learn their numbers only after the commit; if the commit fails, none of the batch was issued and
/// every caller still waiting gets the exception. Documents are numbered in the order the writer takes them, one
/// after the other, so numbers, dates and the journal stay in the same order.
/// </remarks>
internal sealed class IssuePipeline : IAsyncDisposable
{
    // Bounds how long one batch holds the write lock (other writers wait meanwhile): 64 issues are a few tens of ms.
    private const int MaxBatch = 64;

    // Bounds the memory of the preparations' shared cache between two changes made outside the pipeline.
    private const int MaxCachedCustomers = 10_000;

    private readonly Channel<PendingIssue> _queue = Channel.CreateUnbounded<PendingIssue>(new UnboundedChannelOptions { SingleReader = true });
    private readonly PreparationContexts _readers;
    private readonly ExtensionRegistry _extensions;
    private readonly IssuePreparer _preparer;
    private readonly IssueWriter _writer;
    private readonly Task _writing;
    private IssueBatchReads _cache;

    public IssuePipeline(IDbContextFactory<FacturationDbContext> contexts, ExtensionRegistry extensions, IssuePreparer preparer, IssueWriter writer)
    {
        (_readers, _extensions, _preparer, _writer) = (new PreparationContexts(contexts), extensions, preparer, writer);
        _cache = new IssueBatchReads(extensions, long.MinValue);
        _writing = Task.Run(WriteAsync);
    }

    public async Task<Outcome<IssuedDocument>> IssueAsync(Guid documentId, CancellationToken cancellationToken)
    {
        // Read and price on the caller's own connection, in parallel with other callers and with the writer; the
        // writer checks that nothing has changed since (see IssueWriter). A refusal needs no writer at all.
        var state = _writer.State;
        var reads = CachedReads(state.TrustedFrom);
        var prepared = await _readers.ReadAsync(db => _preparer.PrepareAsync(db, documentId, reads, null, cancellationToken), cancellationToken);
        if (!prepared.Succeeded)
        {
            // The shared cache is renewed only when the writer sees a change made elsewhere, and a refusal never
            // reaches the writer: a company or customer fixed after an earlier refusal would be refused again from the
            // cache. A refusal is rare, so it is confirmed on fresh reads before it is answered.
            prepared = await _readers.ReadAsync(db => _preparer.PrepareAsync(db, documentId, new IssueBatchReads(_extensions), null, cancellationToken), cancellationToken);
            if (!prepared.Succeeded)
                return Outcome<IssuedDocument>.Failure(prepared.Problems);
        }
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new PendingIssue(prepared.Value!, state.Epoch);
        if (!_queue.Writer.TryWrite(pending))
            throw new ObjectDisposedException(nameof(IssueService), "The issuing pipeline is shut down.");
        await using var registration = cancellationToken.Register(() => pending.Abandon(cancellationToken));
        return await pending.Completion;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writing;
        await _writer.DisposeAsync();
        await _readers.DisposeAsync();
    }

    private async Task WriteAsync()
    {
        while (await _queue.Reader.WaitToReadAsync())
        {
            if (Next() is { } first)
                await _writer.RunAsync(first, Next, MaxBatch);
        }
    }

    /// <summary>
    /// Companies, customers and plugins read by earlier preparations. A preparation that used a value read before
    /// someone else changed it is not trusted by the writer anyway, and once the writer has seen such a change (the
    /// trusted epoch moved) the cache starts afresh.
    /// </summary>
    private IssueBatchReads CachedReads(long trustedFrom)
    {
        var cache = Volatile.Read(ref _cache);
        if (cache.TrustedFrom == trustedFrom && cache.CustomerCount < MaxCachedCustomers)
            return cache;
        var fresh = new IssueBatchReads(_extensions, trustedFrom);
        Volatile.Write(ref _cache, fresh);
        return fresh;
    }

    /// <summary>The next queued request whose caller still waits, or null when the queue is empty.</summary>
    private PendingIssue? Next()
    {
        while (_queue.Reader.TryRead(out var pending))
        {
            if (pending.TryStart())
                return pending;
        }
        return null;
    }
}
