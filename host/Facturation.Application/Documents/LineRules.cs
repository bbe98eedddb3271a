using Facturation.Application.Common;
using Facturation.Domain.Documents;
using Facturation.Domain.Money;

namespace Facturation.Application.Documents;

/// <summary>Checks of a line entered by a person (host-written deposit lines are not checked here).</summary>
internal static class LineRules
{
    public static Validator Check(DraftLine line, string field) => new Validator()
        .Required(line.Description, field + ".Description")
        .When(line.Quantity <= 0, field + ".Quantity", "quantity.not-positive", $"{field}.Quantity must be above zero; got {line.Quantity}. Correct an issued invoice with a credit note.")
        .When(!RoundingPolicy.HasAtMostDecimals(line.Quantity, 6), field + ".Quantity", "quantity.decimals", "Quantity has at most 6 decimals.")
        .When(line.UnitPrice < 0, field + ".UnitPrice", "amount.negative", $"{field}.UnitPrice cannot be negative; use a document allowance or a credit note.")
        .When(!RoundingPolicy.HasAtMostDecimals(line.UnitPrice, RoundingPolicy.UnitPriceDecimals), field + ".UnitPrice", "amount.decimals", "UnitPrice has at most 4 decimals.")
        .When(line.Discount < 0, field + ".Discount", "amount.negative", "Discount cannot be negative.")
        .When(!RoundingPolicy.HasAtMostDecimals(line.Discount, RoundingPolicy.AmountDecimals), field + ".Discount", "amount.decimals", "Discount has at most 2 decimals.")
        .When(line.Quantity > 0 && line.UnitPrice >= 0 && line.Discount > line.Quantity * line.UnitPrice, field + ".Discount", "discount.exceeds-line", "Discount cannot exceed quantity × unit price.")
        .When(!CodeLists.IsUnit(line.UnitCode), field + ".UnitCode", "code.unit", $"Unit '{line.UnitCode}' is not a supported UN/ECE Rec 20/21 code (e.g. C62, H87, HUR, DAY, KGM).")
        .When(!TaxClassRules.IsTaxClass(line.TaxClass), field + ".TaxClass", "taxclass.format", $"Tax class '{line.TaxClass}' must be a lower-case token.");
}
