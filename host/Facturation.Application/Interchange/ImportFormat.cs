namespace Facturation.Application.Interchange;

/// <summary>How an import file is written.</summary>
public enum ImportFormat
{
    /// <summary>The JSON interchange format (companies, customers, items, draft documents).</summary>
    Json,

    /// <summary>A CSV file of customers or of items (told apart by their header) for one company.</summary>
    Csv,
}
