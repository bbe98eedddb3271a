using Facturation.Sdk.Documents;

namespace Facturation.Domain.Catalogue;

/// <summary>Something a company sells, copied into document lines (later edits never change issued documents).</summary>
public sealed class CatalogItem
{
    /// <summary>Identifier.</summary>
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Owning company.</summary>
    public Guid CompanyId { get; set; }

    /// <summary>Item code, unique per company.</summary>
    public string Code { get; set; } = "";

    /// <summary>Description printed on lines.</summary>
    public string Description { get; set; } = "";

    /// <summary>UN/ECE Rec 20/21 unit code.</summary>
    public string UnitCode { get; set; } = "C62";

    /// <summary>Unit label per language (e.g. fr → "heure").</summary>
    public Dictionary<string, string> UnitLabels { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Unit price before VAT, up to 4 decimals.</summary>
    public decimal UnitPrice { get; set; }

    /// <summary>Rate class the regime maps to a VAT rate.</summary>
    public string TaxClass { get; set; } = Sdk.Documents.TaxClass.Standard.Value;

    /// <summary>Goods or service.</summary>
    public LineNature Nature { get; set; }

    /// <summary>When archived.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    /// <summary>Identifier in the system the item was imported from.</summary>
    public string? SourceId { get; set; }
}
