using Facturation.Application.Catalogue;
using Facturation.Application.Companies;
using Facturation.Application.Customers;
using Facturation.Domain.Catalogue;
using Facturation.Domain.Parties;

namespace Facturation.Application.Interchange.Planning;

/// <summary>
/// Builds the entity a record becomes through the same mappings the company, customer and item services use, so a
/// re-imported record compares equal to what the first import wrote.
/// </summary>
internal static class EntityFactory
{
    public static Company Company(CompanyInput input)
    {
        var company = new Company();
        CompanyMapping.Apply(input, company);
        return company;
    }

    public static Customer Customer(Guid companyId, CustomerInput input, DateTimeOffset? archivedAt)
    {
        var customer = new Customer { CompanyId = companyId, ArchivedAt = archivedAt };
        CustomerMapping.Apply(input, customer);
        return customer;
    }

    public static CatalogItem Item(Guid companyId, ItemInput input, DateTimeOffset? archivedAt)
    {
        var item = new CatalogItem { CompanyId = companyId, ArchivedAt = archivedAt };
        ItemMapping.Apply(input, item);
        return item;
    }
}
