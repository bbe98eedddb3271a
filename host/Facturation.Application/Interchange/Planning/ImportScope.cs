using Facturation.Domain.Catalogue;
using Facturation.Domain.Parties;

namespace Facturation.Application.Interchange.Planning;

/// <summary>
/// The companies, customers and items a record may refer to by code: those in the database and those in the file
/// (a file record whose source id already exists stands for the stored one).
/// </summary>
internal sealed class ImportScope
{
    private readonly Dictionary<string, Company> _companies = new(StringComparer.Ordinal);
    private readonly Dictionary<(Guid CompanyId, string Code), Customer> _customers = [];
    private readonly Dictionary<(Guid CompanyId, string Code), CatalogItem> _items = [];

    public ImportScope(ExistingData existing)
    {
        foreach (var company in existing.Companies)
            _companies[company.Code] = company;
        foreach (var customer in existing.Customers)
            _customers[(customer.CompanyId, customer.Code)] = customer;
        foreach (var item in existing.Items)
            _items[(item.CompanyId, item.Code)] = item;
    }

    public Company? Company(string code) => _companies.GetValueOrDefault(code);

    public Customer? Customer(Guid companyId, string code) => _customers.GetValueOrDefault((companyId, code));

    public CatalogItem? Item(Guid companyId, string code) => _items.GetValueOrDefault((companyId, code));

    public void Add(Company company) => _companies.TryAdd(company.Code, company);

    public void Add(Customer customer) => _customers.TryAdd((customer.CompanyId, customer.Code), customer);

    public void Add(CatalogItem item) => _items.TryAdd((item.CompanyId, item.Code), item);
}
