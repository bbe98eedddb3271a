using Facturation.Sdk.Common;

namespace Facturation.Domain.Money;

/// <summary>
/// The core's view of the product's one rounding rule, <see cref="AmountRounding"/> in the SDK (amounts to 2 decimals,
/// half away from zero, EN 16931 BR-DEC-*), which the e-invoice writers and the other plugins use too; plus the
/// minor-unit form amounts are stored in.
/// </summary>
public static class RoundingPolicy
{
    /// <summary>Decimals of an amount (EN 16931 BR-DEC: amounts have at most 2).</summary>
    public const int AmountDecimals = AmountRounding.AmountDecimals;

    /// <summary>Decimals kept on unit prices.</summary>
    public const int UnitPriceDecimals = 4;

    /// <summary>Rounds an amount to 2 decimals, half away from zero.</summary>
    /// <param name="value">The exact amount.</param>
    /// <returns>The rounded amount.</returns>
    public static decimal Amount(decimal value) => AmountRounding.Round(value);

    /// <summary>Whether a value has no more than <paramref name="decimals"/> decimals.</summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">Allowed decimals.</param>
    /// <returns><see langword="true"/> when rounding would not change it.</returns>
    public static bool HasAtMostDecimals(decimal value, int decimals) => AmountRounding.HasAtMostDecimals(value, decimals);

    /// <summary>An amount as integer minor units (cents), the form stored so databases can sort and sum it.</summary>
    /// <param name="amount">An amount with at most 2 decimals.</param>
    /// <returns>Hundredths.</returns>
    /// <exception cref="ArgumentException">The amount has more than 2 decimals.</exception>
    public static long ToMinorUnits(decimal amount) =>
        HasAtMostDecimals(amount, AmountDecimals)
            ? (long)(amount * 100m)
            : throw new ArgumentException($"Amount {amount} has more than {AmountDecimals} decimals.", nameof(amount));

    /// <summary>Minor units back to an amount.</summary>
    /// <param name="minorUnits">Hundredths.</param>
    /// <returns>The amount.</returns>
    public static decimal FromMinorUnits(long minorUnits) => minorUnits / 100m;
}
