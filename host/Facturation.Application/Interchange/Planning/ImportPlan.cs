using Facturation.Application.Interchange.Model;
using Facturation.Domain.Catalogue;
using Facturation.Domain.Documents;
using Facturation.Domain.Parties;

namespace Facturation.Application.Interchange.Planning;

/// <summary>What an import will write, and what it skips because it is already there.</summary>
internal sealed class ImportPlan
{
    private readonly Dictionary<string, int> _skipped = new(StringComparer.Ordinal);

    public List<Company> Companies { get; } = [];

    public List<Customer> Customers { get; } = [];

    public List<CatalogItem> Items { get; } = [];

    /// <summary>New drafts in file order, with the record each comes from and its parties.</summary>
    public List<PlannedDraft> Documents { get; } = [];

    public void Skip(string kind) => _skipped[kind] = _skipped.GetValueOrDefault(kind) + 1;

    public IReadOnlyList<ImportKindCount> Counts() =>
    [
        new(RecordKinds.Companies, Companies.Count, _skipped.GetValueOrDefault(RecordKinds.Companies)),
        new(RecordKinds.Customers, Customers.Count, _skipped.GetValueOrDefault(RecordKinds.Customers)),
        new(RecordKinds.Items, Items.Count, _skipped.GetValueOrDefault(RecordKinds.Items)),
        new(RecordKinds.Documents, Documents.Count, _skipped.GetValueOrDefault(RecordKinds.Documents)),
    ];
}
