using System.Collections.Concurrent;
using Facturation.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Issuing;

/// <summary>
/// Open, read-only contexts for callers preparing their drafts, reused rather than created and connected for every
/// issue. A context that saw a failure is not reused.
/// </summary>
/// <param name="contexts">Database.</param>
internal sealed class PreparationContexts(IDbContextFactory<FacturationDbContext> contexts) : IAsyncDisposable
{
    private readonly ConcurrentBag<FacturationDbContext> _idle = [];
    private volatile bool _disposed;

    /// <summary>Runs <paramref name="read"/> on an idle context (or a new one), then keeps the context for the next caller.</summary>
    public async Task<T> ReadAsync<T>(Func<FacturationDbContext, Task<T>> read, CancellationToken cancellationToken)
    {
        if (!_idle.TryTake(out var db))
        {
            db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.Database.OpenConnectionAsync(cancellationToken);
        }
        T result;
        try
        {
            result = await read(db);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
        _idle.Add(db);
        // Shut down meanwhile: release what the shutdown could not see.
        while (_disposed && _idle.TryTake(out var late))
            await late.DisposeAsync();
        return result;
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryTake(out var db))
            await db.DisposeAsync();
    }
}
