using Facturation.Sdk.Documents;

namespace Facturation.Application.Catalogue;

/// <summary>What a person gives to create or update a catalogue item.</summary>
public sealed record ItemInput
{
    /// <summary>Item code, unique per company.</summary>
    public string Code { get; init; } = "";

    /// <summary>Description.</summary>
    public string Description { get; init; } = "";

    /// <summary>UN/ECE Rec 20/21 unit.</summary>
    public string UnitCode { get; init; } = "C62";

    /// <summary>Unit labels per language.</summary>
    public Dictionary<string, string> UnitLabels { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Unit price, up to 4 decimals.</summary>
    public decimal UnitPrice { get; init; }

    /// <summary>Rate class.</summary>
    public string TaxClass { get; init; } = "standard";

    /// <summary>Goods or service.</summary>
    public LineNature Nature { get; init; } = LineNature.Service;

    /// <summary>Source id when imported.</summary>
    public string? SourceId { get; init; }
}
