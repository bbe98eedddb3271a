namespace Facturation.Rendering.Documents;

/// <summary>A line as printed.</summary>
/// <param name="Position">1-based position.</param>
/// <param name="Description">Description.</param>
/// <param name="Quantity">Quantity, formatted.</param>
/// <param name="Unit">Unit label in the language.</param>
/// <param name="UnitPrice">Net unit price, formatted (up to 4 decimals).</param>
/// <param name="Discount">Line discount, formatted, or empty.</param>
/// <param name="NetAmount">Line net amount, formatted with the currency.</param>
/// <param name="VatRate">VAT rate ("20 %") or the category's short label ("Autoliquidation").</param>
public sealed record LineView(
    int Position, string Description, string Quantity, string Unit, string UnitPrice, string Discount, string NetAmount, string VatRate)
{
    /// <summary>Seller's item code.</summary>
    public string? ItemCode { get; init; }

    /// <summary>Note on the line.</summary>
    public string? Note { get; init; }
}
