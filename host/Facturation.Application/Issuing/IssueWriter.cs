using System.Globalization;
using Facturation.Application.Common;
using Facturation.Application.Plugins;
using Facturation.Persistence;
using Facturation.Sdk.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Facturation.Application.Issuing;

/// <summary>
/// The single writer: numbers and stores prepared drafts in batches, one transaction and one commit per batch, one
/// savepoint per issue, on a connection of its own. Callers are answered only after the commit.
/// </summary>
/// <remarks>
/// Callers prepare (read and price) their drafts on their own connections, in parallel, before queueing; the writer
/// trusts a preparation only if nothing can have changed the draft since. Its own writes are caught by the UPDATE that
/// stores the issue (it requires the status that was read); writes by anyone else are caught through
/// <see cref="State"/>: those can only be committed between two batches, and the writer checks at each batch's start
/// whether one was. An untrusted preparation is simply done again on the writer's connection.
/// </remarks>
/// <param name="contexts">Database.</param>
/// <param name="extensions">Plugins of each company.</param>
/// <param name="preparer">Reads and prices a draft.</param>
/// <param name="issuer">Numbers and stores a prepared draft.</param>
/// <param name="time">Clock.</param>
internal sealed class IssueWriter(
    IDbContextFactory<FacturationDbContext> contexts, ExtensionRegistry extensions, IssuePreparer preparer, DocumentIssuer issuer, TimeProvider time)
    : IAsyncDisposable
{
    private const string Savepoint = "issue";

    private FacturationDbContext? _db;
    private IssueStatements? _statements;
    private long? _dataVersion;
    private EpochState _state = new(0, long.MaxValue);

    /// <summary>
    /// The number of batches begun, and the first epoch whose preparations are trusted. A preparation that began in
    /// epoch <c>e</c> is trusted unless something outside the writer committed after batch <c>e</c> began and before
    /// the current one did; reads cached for preparations stay valid as long as the trusted epoch does not move.
    /// </summary>
    public EpochState State => Volatile.Read(ref _state);

    /// <summary>
    /// Issues <paramref name="first"/> and whatever <paramref name="next"/> yields until it yields nothing or the batch is
    /// full, then commits. Requests that arrive while the batch runs join it, so concurrent callers share the commit
    /// without anyone waiting for a timer. Never throws: every request is answered.
    /// </summary>
    /// <param name="first">The request that opens the batch.</param>
    /// <param name="next">The next waiting request, or null when none is waiting.</param>
    /// <param name="maxBatch">Most requests in one transaction.</param>
    public async Task RunAsync(PendingIssue first, Func<PendingIssue?> next, int maxBatch)
    {
        // Cancellation is not passed on: interrupting a SQLite statement would roll back the whole batch.
        var none = CancellationToken.None;
        var batch = new List<PendingIssue>(maxBatch) { first };
        var committed = new List<(PendingIssue Request, Outcome<IssuedDocument> Outcome)>(maxBatch);
        try
        {
            var (db, statements) = await ConnectAsync();
            // SQLite: BEGIN IMMEDIATE takes the write lock now. PostgreSQL: the counter row is locked when it is read
            // (see GaplessNumbering), so other series and other host instances are not held up.
            await using var transaction = await db.Database.BeginTransactionAsync(none);
            var trustedFrom = await BeginEpochAsync(db);
            var reads = new IssueBatchReads(extensions);
            var positions = new BatchPositions();
            for (var i = 0; i < batch.Count; i++)
            {
                var request = batch[i];
                var prepared = request.Epoch >= trustedFrom ? request.Prepared : null;
                if (await IssueOneAsync(db, transaction, new IssueScope(reads, positions, statements), request, prepared) is { } outcome)
                    committed.Add((request, outcome));
                db.ChangeTracker.Clear();
                if (batch.Count < maxBatch && next() is { } joining)
                    batch.Add(joining);
            }
            await transaction.CommitAsync(none);
        }
        catch (Exception ex)
        {
            // Nothing of the batch was committed: nobody has been told a number yet.
            foreach (var request in batch)
                request.Fail(ex);
            await DisconnectAsync();
            return;
        }
        IssuingMetrics.IssuesPerCommit.Record(committed.Count);
        foreach (var (request, outcome) in committed)
            request.Complete(outcome);
    }

    public ValueTask DisposeAsync() => DisconnectAsync();

    private async Task<(FacturationDbContext Db, IssueStatements Statements)> ConnectAsync()
    {
        if (_db is null || _statements is null)
        {
            _db = await contexts.CreateDbContextAsync();
            _db.Database.AutoSavepointsEnabled = false;
            await _db.Database.OpenConnectionAsync();
            _statements = new IssueStatements(_db);
        }
        return (_db, _statements);
    }

    /// <summary>Drops the connection (after a failed batch, it may be unusable); the next batch starts afresh and trusts no preparation.</summary>
    private async ValueTask DisconnectAsync()
    {
        var (db, statements) = (_db, _statements);
        (_db, _statements, _dataVersion) = (null, null, null);
        try
        {
            if (statements is not null)
                await statements.DisposeAsync();
            if (db is not null)
                await db.DisposeAsync();
        }
#pragma warning disable CA1031 // The writer must keep running for the next callers; a connection that fails to close is gone anyway.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>Starts an epoch, the write lock held; returns the first epoch whose preparations are trusted.</summary>
    private async Task<long> BeginEpochAsync(FacturationDbContext db)
    {
        // SQLite's data_version changes when another connection has committed since this one last asked. Other
        // databases: trust no preparation (on PostgreSQL the writer could compare the draft's xmin instead).
        long? version = db.Database.IsSqlite() ? await SqliteDataVersionAsync(db) : null;
        var foreign = version is null || version != _dataVersion;
        _dataVersion = version;
        var epoch = _state.Epoch + 1;
        Volatile.Write(ref _state, new EpochState(epoch, foreign ? epoch : _state.TrustedFrom));
        return _state.TrustedFrom;
    }

    private static async Task<long> SqliteDataVersionAsync(FacturationDbContext db)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA data_version;";
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>Issues one document in its savepoint; returns its outcome when it is to be committed, else answers the caller now.</summary>
    private async Task<Outcome<IssuedDocument>?> IssueOneAsync(
        FacturationDbContext db, IDbContextTransaction transaction, IssueScope scope, PendingIssue request, PreparedIssue? prepared)
    {
        Outcome<IssuedDocument>? outcome = null;
        Exception? failure = null;
        for (var attempt = 0; outcome is null && failure is null; attempt++)
        {
            await transaction.CreateSavepointAsync(Savepoint);
            try
            {
                outcome = await IssuePreparedAsync(db, scope, request.DocumentId, prepared);
            }
            catch (StalePreparationException) when (attempt == 0)
            {
                // Issued by an earlier request since it was read: read it again, on the connection that sees that.
                prepared = null;
            }
#pragma warning disable CA1031 // Any failure of one issue (bug, constraint, observer) belongs to its caller, not to the batch.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failure = ex;
            }

            if (outcome is { Succeeded: true })
            {
                await transaction.ReleaseSavepointAsync(Savepoint);
                scope.Positions.Keep();
                return outcome;
            }
            // A refusal wrote nothing, a failure may have written part: roll back to the savepoint either way.
            scope.Positions.Drop();
            await transaction.RollbackToSavepointAsync(Savepoint);
            await transaction.ReleaseSavepointAsync(Savepoint);
        }
        if (failure is not null)
            request.Fail(failure);
        else
            request.Complete(outcome!);
        return null;
    }

    private async Task<Outcome<IssuedDocument>> IssuePreparedAsync(FacturationDbContext db, IssueScope scope, Guid documentId, PreparedIssue? prepared)
    {
        // Priced for another day (the clock passed midnight while it waited): price it again for today. A deposit or a
        // final invoice read the other documents of its quote, which an earlier issue of this batch may have changed.
        if (prepared is not null && (Clock.Today(time, prepared.Company.TimeZone) != prepared.IssueDate || prepared.Document.SourceQuoteId is not null))
            prepared = null;
        if (prepared is null)
        {
            var again = await preparer.PrepareAsync(db, documentId, scope.Reads, null, CancellationToken.None);
            if (!again.Succeeded)
                return Outcome<IssuedDocument>.Failure(again.Problems);
            prepared = again.Value!;
        }
        return await issuer.IssueAsync(db, prepared, scope.Positions, scope.Statements, CancellationToken.None);
    }
}
