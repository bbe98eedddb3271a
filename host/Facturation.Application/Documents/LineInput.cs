using Facturation.Sdk.Documents;

namespace Facturation.Application.Documents;

/// <summary>A line to add: from a catalogue item (its values as defaults) or typed in full.</summary>
public sealed record LineInput
{
    /// <summary>Catalogue item code; its description, unit, price, class and nature fill what is not given.</summary>
    public string? ItemCode { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary>Quantity (positive; may be fractional).</summary>
    public decimal Quantity { get; init; } = 1m;

    /// <summary>UN/ECE unit code.</summary>
    public string? UnitCode { get; init; }

    /// <summary>Unit price before VAT, up to 4 decimals.</summary>
    public decimal? UnitPrice { get; init; }

    /// <summary>Line discount amount (2 decimals).</summary>
    public decimal Discount { get; init; }

    /// <summary>Line discount as a percentage of quantity × price (alternative to <see cref="Discount"/>).</summary>
    public decimal? DiscountPercent { get; init; }

    /// <summary>Rate class.</summary>
    public string? TaxClass { get; init; }

    /// <summary>Goods or service.</summary>
    public LineNature? Nature { get; init; }
}
