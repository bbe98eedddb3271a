using Microsoft.EntityFrameworkCore;

namespace Facturation.Persistence;

/// <summary>
/// What a process's first query pays once — EF Core's internal services for these options, the compiled model's
/// runtime set-up, the LINQ-to-SQL translation pipeline and its just-in-time compilation — started on a thread-pool
/// thread while the command composes its host on the other core. It translates a query for an in-memory database:
/// nothing is opened, read or written, and a command never waits for it.
/// </summary>
public static class QueryPipelineWarmUp
{
    private const string NoCompany = "\u0000";

    /// <summary>Starts the warm-up and returns at once.</summary>
    public static void Start() => ThreadPool.UnsafeQueueUserWorkItem(_ => Run(), null);

    private static void Run()
    {
        try
        {
            using var db = new FacturationDbContext(FacturationDbContextOptions.For("Data Source=:memory:", readOnly: true));
            _ = db.Companies.AsNoTracking().Where(c => c.Code != NoCompany).OrderBy(c => c.Code).ToQueryString();
        }
#pragma warning disable CA1031 // A warm-up must never fail a command: the command's own query reports any real problem.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
