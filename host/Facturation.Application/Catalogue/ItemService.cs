using Facturation.Application.Common;
using Facturation.Application.Companies;
using Facturation.Application.Plugins;
using Facturation.Domain.Catalogue;
using Facturation.Persistence;
using Facturation.Sdk.Common;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Catalogue;

/// <summary>Catalogue items of a company.</summary>
/// <param name="contexts">Database.</param>
/// <param name="extensions">Loaded plugins, to check the tax class against the company's regime.</param>
/// <param name="time">Clock.</param>
public sealed class ItemService(IDbContextFactory<FacturationDbContext> contexts, ExtensionRegistry extensions, TimeProvider time)
{
    /// <summary>Creates an item.</summary>
    /// <param name="companyCode">Company.</param>
    /// <param name="input">Data.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The item or the problems.</returns>
    public async Task<Outcome<CatalogItem>> CreateAsync(string companyCode, ItemInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var company = await db.Companies.SingleOrDefaultAsync(c => c.Code == companyCode, cancellationToken);
        if (company is null)
            return Outcome<CatalogItem>.Failure(CompanyService.NotFound(companyCode).Problems);
        var validator = ItemRules.Check(input)
            .KnownTaxClass(extensions.For(company) is { Succeeded: true } found ? found.Value : null, input.TaxClass, "TaxClass");
        validator.When(await db.CatalogItems.AnyAsync(i => i.CompanyId == company.Id && i.Code == input.Code, cancellationToken),
            "Code", "code.taken", $"Item code '{input.Code}' is already used.");
        if (!validator.IsValid)
            return Outcome<CatalogItem>.Failure(validator.Problems);
        var item = new CatalogItem { CompanyId = company.Id };
        ItemMapping.Apply(input, item);
        db.CatalogItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<CatalogItem>.Success(item);
    }

    /// <summary>Archives an item (kept, hidden from new lines).</summary>
    /// <param name="companyCode">Company.</param>
    /// <param name="code">Item code.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The item or the problems.</returns>
    public async Task<Outcome<CatalogItem>> ArchiveAsync(string companyCode, string code, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await db.CatalogItems.SingleOrDefaultAsync(i => i.Code == code && db.Companies.Any(c => c.Id == i.CompanyId && c.Code == companyCode), cancellationToken);
        if (item is null)
            return Outcome<CatalogItem>.Failure("item.not-found", $"No item with code '{code}'.", "Item");
        item.ArchivedAt ??= time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<CatalogItem>.Success(item);
    }

    /// <summary>A company's items by code.</summary>
    /// <param name="companyCode">Company.</param>
    /// <param name="includeArchived">Include archived items.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The items.</returns>
    public async Task<IReadOnlyList<CatalogItem>> ListAsync(string companyCode, bool includeArchived, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CatalogItems.AsNoTracking()
            .Where(i => db.Companies.Any(c => c.Id == i.CompanyId && c.Code == companyCode) && (includeArchived || i.ArchivedAt == null))
            .OrderBy(i => i.Code).ToListAsync(cancellationToken);
    }
}
