using Facturation.Application.Common;
using Facturation.Domain.Documents;

namespace Facturation.Application.Documents;

/// <summary>Checks of a line entered by a person (host-written deposit lines are not checked here).</summary>
internal static class LineRules
{
    public static Validator Check(DraftLine line, string field) => new Validator()
        .Required(line.Description, field + ".Description")
        .Description(line.Description, field + ".Description")
        .When(line.Quantity <= 0, field + ".Quantity", "quantity.not-positive", $"{field}.Quantity must be above zero; got {line.Quantity}. Correct an issued invoice with a credit note.")
        .Quantity(line.Quantity, field + ".Quantity")
        .UnitPrice(line.UnitPrice, field + ".UnitPrice", $"{field}.UnitPrice cannot be negative; use a document allowance or a credit note.")
        .LineAmount(line.Quantity, line.UnitPrice, field + ".UnitPrice")
        .When(line.Discount < 0, field + ".Discount", "amount.negative", "Discount cannot be negative.")
        .Amount(line.Discount, field + ".Discount")
        .When(line.Quantity > 0 && line.UnitPrice >= 0 && Bounded(line) && line.Discount > line.Quantity * line.UnitPrice, field + ".Discount", "discount.exceeds-line", "Discount cannot exceed quantity × unit price.")
        .When(!CodeLists.IsUnit(line.UnitCode), field + ".UnitCode", "code.unit", $"Unit '{line.UnitCode}' is not a supported UN/ECE Rec 20/21 code (e.g. C62, H87, HUR, DAY, KGM).")
        .When(!TaxClassRules.IsTaxClass(line.TaxClass), field + ".TaxClass", "taxclass.format", $"Tax class '{line.TaxClass}' must be a lower-case token.");

    // Quantity × price of numbers beyond the limits could overflow; those are refused by their own rules.
    private static bool Bounded(DraftLine line) => Math.Abs(line.Quantity) <= AmountRules.MaxQuantity && Math.Abs(line.UnitPrice) <= AmountRules.MaxAmount;
}
