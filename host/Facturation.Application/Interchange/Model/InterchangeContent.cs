namespace Facturation.Application.Interchange.Model;

/// <summary>Everything read from one file, in file order.</summary>
internal sealed record InterchangeContent
{
    public IReadOnlyList<CompanyRecord> Companies { get; init; } = [];

    public IReadOnlyList<CustomerRecord> Customers { get; init; } = [];

    public IReadOnlyList<ItemRecord> Items { get; init; } = [];

    public IReadOnlyList<DocumentRecord> Documents { get; init; } = [];

    /// <summary>Records of the read-only <c>issued</c> section (ignored).</summary>
    public int IgnoredIssued { get; init; }

    /// <summary>Importable records in all.</summary>
    public int Count => Companies.Count + Customers.Count + Items.Count + Documents.Count;
}
