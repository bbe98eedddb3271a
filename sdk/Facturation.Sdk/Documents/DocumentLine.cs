namespace Facturation.Sdk.Documents;

/// <summary>A line of a document as the seller entered it (before tax decisions).</summary>
/// <param name="LineId">Identifier unique within the document (EN 16931 BT-126).</param>
/// <param name="Description">Precise description of the goods or service (BT-153 / BT-154).</param>
/// <param name="Quantity">Invoiced quantity, may be fractional (BT-129).</param>
/// <param name="Unit">Unit of measure (BT-130).</param>
/// <param name="UnitPrice">Net unit price before VAT in the document currency, up to 4 decimals (BT-146).</param>
/// <param name="Nature">Goods or service.</param>
/// <param name="TaxClass">The rate class the regime maps to a VAT category and rate.</param>
public sealed record DocumentLine(
    string LineId, string Description, decimal Quantity, UnitCode Unit, decimal UnitPrice, LineNature Nature, TaxClass TaxClass)
{
    /// <summary>Seller's item code (BT-155).</summary>
    public string? ItemCode { get; init; }

    /// <summary>Line discount as an amount in the document currency (BT-136), zero when none.</summary>
    public decimal Discount { get; init; }

    /// <summary>Reason of the line discount (BT-139).</summary>
    public string? DiscountReason { get; init; }

    /// <summary>Free note on the line (BT-127).</summary>
    public string? Note { get; init; }

    /// <summary>Delivery or service date of this line when it differs from the document's.</summary>
    public DateOnly? DeliveryDate { get; init; }
}
