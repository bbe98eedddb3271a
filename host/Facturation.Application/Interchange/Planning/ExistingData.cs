using Facturation.Application.Interchange.Model;
using Facturation.Application.Interchange.Writing;
using Facturation.Domain.Catalogue;
using Facturation.Domain.Documents;
using Facturation.Domain.Parties;
using Facturation.Persistence;
using Facturation.Persistence.Numbering;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Interchange.Planning;

/// <summary>
/// What the database already holds that a file can refer to or collide with: every company, the customers and items
/// of the companies the file names, the documents whose source id the file uses, and those companies' counters.
/// </summary>
internal sealed class ExistingData
{
    private Dictionary<string, Company>? _companies;
    private Dictionary<(Guid, string), Customer>? _customers;
    private Dictionary<(Guid, string), CatalogItem>? _items;
    private Dictionary<(Guid, string), Document>? _documents;
    private HashSet<object>? _stored;

    public required IReadOnlyList<Company> Companies { get; init; }

    public required IReadOnlyList<Customer> Customers { get; init; }

    public required IReadOnlyList<CatalogItem> Items { get; init; }

    public required IReadOnlyList<Document> Documents { get; init; }

    public required IReadOnlyList<NumberingCounter> Counters { get; init; }

    /// <summary>The stored company known by <paramref name="sourceId"/> (its own id when it has none).</summary>
    public Company? Company(string? sourceId) =>
        sourceId is null ? null : (_companies ??= Index(Companies, c => SourceKey.Of(c.SourceId, c.Id))).GetValueOrDefault(sourceId);

    public Customer? Customer(Guid companyId, string? sourceId) =>
        sourceId is null ? null : (_customers ??= Index(Customers, c => (c.CompanyId, SourceKey.Of(c.SourceId, c.Id)))).GetValueOrDefault((companyId, sourceId));

    public CatalogItem? Item(Guid companyId, string? sourceId) =>
        sourceId is null ? null : (_items ??= Index(Items, i => (i.CompanyId, SourceKey.Of(i.SourceId, i.Id)))).GetValueOrDefault((companyId, sourceId));

    public Document? Document(Guid companyId, string? sourceId) =>
        sourceId is null ? null : (_documents ??= Index(Documents, d => (d.CompanyId, SourceKey.Of(d.SourceId, d.Id)))).GetValueOrDefault((companyId, sourceId));

    /// <summary>Whether <paramref name="entity"/> is one of the stored records (not one the file brings).</summary>
    public bool IsStored(object entity) =>
        (_stored ??= new HashSet<object>(Companies.Concat<object>(Customers).Concat(Items), ReferenceEqualityComparer.Instance)).Contains(entity);

    public static async Task<ExistingData> LoadAsync(FacturationDbContext db, InterchangeContent content, CancellationToken cancellationToken)
    {
        var companies = await db.Companies.AsNoTracking().ToListAsync(cancellationToken);
        var named = content.Companies.Select(c => c.Input.Code)
            .Concat(content.Customers.Select(c => c.CompanyCode))
            .Concat(content.Items.Select(i => i.CompanyCode))
            .Concat(content.Documents.Select(d => d.CompanyCode))
            .ToHashSet(StringComparer.Ordinal);
        var fileSourceIds = content.Companies.Select(c => c.At.SourceId).ToHashSet(StringComparer.Ordinal);
        var ids = companies.Where(c => named.Contains(c.Code) || fileSourceIds.Contains(SourceKey.Of(c.SourceId, c.Id))).Select(c => c.Id).ToList();

        var documentKeys = content.Documents.Select(d => d.At.SourceId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var documentIds = documentKeys.Select(k => Guid.TryParse(k, out var id) ? id : (Guid?)null).OfType<Guid>().ToList();
        return new ExistingData
        {
            Companies = companies,
            Customers = await db.Customers.AsNoTracking().Where(c => ids.Contains(c.CompanyId)).ToListAsync(cancellationToken),
            Items = await db.CatalogItems.AsNoTracking().Where(i => ids.Contains(i.CompanyId)).ToListAsync(cancellationToken),
            Documents = await db.Documents.AsNoTracking()
                .Where(d => ids.Contains(d.CompanyId) && ((d.SourceId != null && documentKeys.Contains(d.SourceId)) || (d.SourceId == null && documentIds.Contains(d.Id))))
                .ToListAsync(cancellationToken),
            Counters = await db.NumberingCounters.AsNoTracking().Where(c => ids.Contains(c.CompanyId)).ToListAsync(cancellationToken),
        };
    }

    private static Dictionary<TKey, T> Index<TKey, T>(IEnumerable<T> records, Func<T, TKey> key) where TKey : notnull
    {
        var index = new Dictionary<TKey, T>();
        foreach (var record in records)
            index.TryAdd(key(record), record);
        return index;
    }
}
