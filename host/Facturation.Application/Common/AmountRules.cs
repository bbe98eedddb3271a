using System.Globalization;
using Facturation.Domain.Money;

namespace Facturation.Application.Common;

/// <summary>
/// The numbers people type or import on lines, items and allowances, one rule for every door: a unit price has at
/// most 4 decimals (<see cref="RoundingPolicy.UnitPriceDecimals"/>), an amount 2, a quantity 6; none is above the
/// limits below, which are far beyond any real invoice and keep every total within what the database stores (amounts
/// in cents as 64-bit integers). Numbers written with more digits than a decimal keeps are refused where they are
/// read (<see cref="DecimalText"/>).
/// </summary>
public static class AmountRules
{
    /// <summary>Largest unit price, amount or line amount: 999,999,999,999.</summary>
    public const decimal MaxAmount = 999_999_999_999m;

    /// <summary>Largest quantity on a line: 999,999,999.</summary>
    public const decimal MaxQuantity = 999_999_999m;

    /// <summary>Decimals of a quantity.</summary>
    public const int QuantityDecimals = 6;

    /// <summary>A unit price: not negative, at most 4 decimals, at most <see cref="MaxAmount"/>.</summary>
    /// <param name="validator">Validator.</param>
    /// <param name="value">Price.</param>
    /// <param name="field">Field.</param>
    /// <param name="negative">What to say when negative (where a negative price belongs instead).</param>
    /// <returns>The validator.</returns>
    public static Validator UnitPrice(this Validator validator, decimal value, string field, string? negative = null)
    {
        ArgumentNullException.ThrowIfNull(validator);
        return validator
            .When(value < 0, field, "amount.negative", negative ?? $"{field} cannot be negative.")
            .When(!RoundingPolicy.HasAtMostDecimals(value, RoundingPolicy.UnitPriceDecimals), field, "amount.decimals",
                $"{field} has at most {RoundingPolicy.UnitPriceDecimals} decimals; got {Text(value)}.")
            .When(value > MaxAmount, field, "amount.too-large", $"{field} is at most {Text(MaxAmount)}; got {Text(value)}.");
    }

    /// <summary>An amount in the currency: at most 2 decimals, at most <see cref="MaxAmount"/> (its sign is the caller's rule).</summary>
    /// <param name="validator">Validator.</param>
    /// <param name="value">Amount, or <see langword="null"/> when not given.</param>
    /// <param name="field">Field.</param>
    /// <returns>The validator.</returns>
    public static Validator Amount(this Validator validator, decimal? value, string field)
    {
        ArgumentNullException.ThrowIfNull(validator);
        if (value is not { } amount)
            return validator;
        return validator
            .When(!RoundingPolicy.HasAtMostDecimals(amount, RoundingPolicy.AmountDecimals), field, "amount.decimals",
                $"{field} has at most {RoundingPolicy.AmountDecimals} decimals; got {Text(amount)}.")
            .When(Math.Abs(amount) > MaxAmount, field, "amount.too-large", $"{field} is at most {Text(MaxAmount)}; got {Text(amount)}.");
    }

    /// <summary>A line's quantity: at most 6 decimals and <see cref="MaxQuantity"/> (its sign is the caller's rule).</summary>
    /// <param name="validator">Validator.</param>
    /// <param name="value">Quantity.</param>
    /// <param name="field">Field.</param>
    /// <returns>The validator.</returns>
    public static Validator Quantity(this Validator validator, decimal value, string field)
    {
        ArgumentNullException.ThrowIfNull(validator);
        return validator
            .When(!RoundingPolicy.HasAtMostDecimals(value, QuantityDecimals), field, "quantity.decimals", $"{field} has at most {QuantityDecimals} decimals; got {Text(value)}.")
            .When(Math.Abs(value) > MaxQuantity, field, "quantity.too-large", $"{field} is at most {Text(MaxQuantity)}; got {Text(value)}.");
    }

    /// <summary>Quantity × unit price of a line at most <see cref="MaxAmount"/>.</summary>
    /// <param name="validator">Validator.</param>
    /// <param name="quantity">Quantity (already checked by <see cref="Quantity"/>).</param>
    /// <param name="unitPrice">Unit price (already checked by <see cref="UnitPrice"/>).</param>
    /// <param name="field">Field.</param>
    /// <returns>The validator.</returns>
    public static Validator LineAmount(this Validator validator, decimal quantity, decimal unitPrice, string field)
    {
        ArgumentNullException.ThrowIfNull(validator);
        var bounded = Math.Abs(quantity) <= MaxQuantity && Math.Abs(unitPrice) <= MaxAmount;
        return validator.When(bounded && Math.Abs(quantity * unitPrice) > MaxAmount, field, "amount.too-large",
            $"Quantity × unit price is at most {Text(MaxAmount)}; got {Text(quantity * unitPrice)}.");
    }

    /// <summary>
    /// The discount of <paramref name="percent"/> % of quantity × unit price, rounded to the cent; 0 when a number is
    /// beyond its limit (its own rule refuses it), so a hostile number never overflows before it is judged.
    /// </summary>
    /// <param name="quantity">Quantity.</param>
    /// <param name="unitPrice">Unit price.</param>
    /// <param name="percent">Percentage, 0 to 100.</param>
    /// <returns>The discount.</returns>
    public static decimal PercentOfLine(decimal quantity, decimal unitPrice, decimal percent) =>
        Math.Abs(quantity) <= MaxQuantity && Math.Abs(unitPrice) <= MaxAmount && percent is >= 0 and <= 100
            ? RoundingPolicy.Amount(quantity * unitPrice * percent / 100m)
            : 0m;

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
