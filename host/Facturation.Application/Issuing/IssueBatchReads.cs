using System.Collections.Concurrent;
using Facturation.Application.Plugins;
using Facturation.Domain.Parties;
using Facturation.Persistence;
using Facturation.Sdk.Common;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Issuing;

/// <summary>
/// Companies, customers and their plugins read once, untracked; issuing only reads them. The writer keeps one per
/// batch (nothing else can write while the batch holds the write lock); callers preparing in parallel share one until
/// the writer sees a change made outside the pipeline (see <see cref="IssuePipeline"/>), hence the concurrent maps (a
/// value read twice is the same value).
/// </summary>
/// <param name="extensions">Plugins of each company.</param>
/// <param name="trustedFrom">For a cache shared by preparations: the writer's trusted epoch it was started in.</param>
internal sealed class IssueBatchReads(ExtensionRegistry extensions, long trustedFrom = 0)
{
    private readonly ConcurrentDictionary<Guid, Company> _companies = new();
    private readonly ConcurrentDictionary<Guid, Customer> _customers = new();
    private readonly ConcurrentDictionary<Guid, Outcome<CompanyExtensions>> _plugins = new();

    public long TrustedFrom => trustedFrom;

    /// <summary>Customers held; a long-lived shared cache is started afresh past a bound.</summary>
    public int CustomerCount => _customers.Count;

    public async Task<Company> CompanyAsync(FacturationDbContext db, Guid id, CancellationToken cancellationToken)
    {
        if (!_companies.TryGetValue(id, out var company))
            company = _companies.GetOrAdd(id, await db.Companies.AsNoTracking().SingleAsync(c => c.Id == id, cancellationToken));
        return company;
    }

    public async Task<Customer> CustomerAsync(FacturationDbContext db, Guid id, CancellationToken cancellationToken)
    {
        if (!_customers.TryGetValue(id, out var customer))
            customer = _customers.GetOrAdd(id, await db.Customers.AsNoTracking().SingleAsync(c => c.Id == id, cancellationToken));
        return customer;
    }

    public Outcome<CompanyExtensions> Plugins(Company company) => _plugins.GetOrAdd(company.Id, _ => extensions.For(company));
}
