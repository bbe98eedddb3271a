using Facturation.Domain.Documents;
using Facturation.Domain.Money;
using Facturation.Persistence;

namespace Facturation.Application.Documents;

/// <summary>Document list queries, translated to SQL (amounts compared as integer minor units).</summary>
internal static class DocumentQueries
{
    public static IQueryable<Document> Filter(FacturationDbContext db, string companyCode, DocumentFilter filter)
    {
        var query = db.Documents.Where(d => db.Companies.Any(c => c.Id == d.CompanyId && c.Code == companyCode));
        if (filter.Type is { } type)
            query = query.Where(d => d.Type == type);
        if (filter.Status is { } status)
            query = query.Where(d => d.Status == status);
        if (filter.CustomerCode is { } customer)
            query = query.Where(d => db.Customers.Any(c => c.Id == d.CustomerId && c.Code == customer));
        if (filter.From is { } from)
            query = query.Where(d => d.IssueDate >= from);
        if (filter.To is { } to)
            query = query.Where(d => d.IssueDate <= to);
        if (filter.MinTotal is { } min)
        {
            var minor = RoundingPolicy.ToMinorUnits(RoundingPolicy.Amount(min));
            query = query.Where(d => d.TaxInclusiveMinor >= minor);
        }
        if (filter.MaxTotal is { } max)
        {
            var minor = RoundingPolicy.ToMinorUnits(RoundingPolicy.Amount(max));
            query = query.Where(d => d.TaxInclusiveMinor <= minor);
        }
        return filter.Sort switch
        {
            DocumentSort.DateDescending => query.OrderByDescending(d => d.IssueDate).ThenByDescending(d => d.SeriesCounter),
            DocumentSort.TotalDescending => query.OrderByDescending(d => d.TaxInclusiveMinor),
            _ => query.OrderBy(d => d.SeriesKey).ThenBy(d => d.SeriesCounter).ThenBy(d => d.CreatedAt),
        };
    }
}
