namespace Facturation.Sdk.Common;

/// <summary>
/// An exact amount with its currency. Arithmetic never rounds: rounding happens where EN 16931 says, through
/// <see cref="AmountRounding"/> (2 decimals, half away from zero), so neither the host nor a plugin re-implements it.
/// </summary>
/// <param name="Amount">The amount, exact.</param>
/// <param name="Currency">Its ISO 4217 currency.</param>
public readonly record struct Money(decimal Amount, CurrencyCode Currency)
{
    /// <summary>Zero in <paramref name="currency"/>.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>A zero amount.</returns>
    public static Money Zero(CurrencyCode currency) => new(0m, currency);

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <param name="left">First amount.</param>
    /// <param name="right">Second amount, same currency.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static Money operator +(Money left, Money right) =>
        new(left.Amount + right.Amount, SameCurrency(left, right));

    /// <summary>Subtracts two amounts of the same currency.</summary>
    /// <param name="left">First amount.</param>
    /// <param name="right">Second amount, same currency.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static Money operator -(Money left, Money right) =>
        new(left.Amount - right.Amount, SameCurrency(left, right));

    /// <summary>The amount with its sign reversed.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The negated amount.</returns>
    public static Money operator -(Money value) => new(-value.Amount, value.Currency);

    /// <summary>Named alternative to the + operator.</summary>
    /// <param name="left">First amount.</param>
    /// <param name="right">Second amount.</param>
    /// <returns>The sum.</returns>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>Named alternative to the - operator.</summary>
    /// <param name="left">First amount.</param>
    /// <param name="right">Second amount.</param>
    /// <returns>The difference.</returns>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <summary>Named alternative to the unary - operator.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The negated amount.</returns>
    public static Money Negate(Money value) => -value;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)} {Currency}";

    private static CurrencyCode SameCurrency(Money left, Money right) =>
        left.Currency == right.Currency
            ? left.Currency
            : throw new InvalidOperationException($"Cannot combine {left.Currency} and {right.Currency} amounts.");
}
