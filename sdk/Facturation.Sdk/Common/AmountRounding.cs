namespace Facturation.Sdk.Common;

/// <summary>
/// The product's one rounding rule for amounts, shared by the host's totals, the command line, the e-invoice writers
/// and every plugin: amounts have 2 decimals (EN 16931 BR-DEC-*: invoice, line, allowance, charge and VAT amounts
/// carry at most 2), and a half cent is rounded away from zero (0.125 → 0.13, −0.125 → −0.13), the commercial
/// practice, where .NET's default would round it to even (0.12). EN 16931 rounds each line net amount (BT-131) and
/// each VAT category amount (BT-117 = BT-116 × BT-119 / 100, BR-CO-17) once, never a sum of rounded per-line VAT.
/// </summary>
/// <remarks>
/// Deliberate exceptions live where they are needed and say why, e.g. the e-invoicing rules that reproduce the
/// official Schematron's XPath <c>round()</c> (halves towards positive infinity) to judge a file exactly as the
/// official validator does. A convention test keeps every other <c>Math.Round</c> / <c>decimal.Round</c> out of
/// the product.
/// </remarks>
public static class AmountRounding
{
    /// <summary>Decimals of an amount (EN 16931 BR-DEC-*: at most 2).</summary>
    public const int AmountDecimals = 2;

    /// <summary>Rounds an exact amount to <see cref="AmountDecimals"/> decimals, half away from zero.</summary>
    /// <param name="amount">The exact amount (e.g. quantity × unit price, or taxable amount × rate / 100).</param>
    /// <returns>The rounded amount; its scale is at most 2 (<c>5m</c> stays <c>5</c>, it is not padded).</returns>
    public static decimal Round(decimal amount) => decimal.Round(amount, AmountDecimals, MidpointRounding.AwayFromZero);

    /// <summary>The amount rounded, in the same currency.</summary>
    /// <param name="amount">The exact amount.</param>
    /// <returns>The rounded amount (see <see cref="Round(decimal)"/>).</returns>
    public static Money Round(Money amount) => new(Round(amount.Amount), amount.Currency);

    /// <summary>Whether an amount already has at most <see cref="AmountDecimals"/> decimals (EN 16931 BR-DEC-*).</summary>
    /// <param name="amount">The amount.</param>
    /// <returns><see langword="true"/> when rounding would not change it.</returns>
    public static bool IsRounded(decimal amount) => HasAtMostDecimals(amount, AmountDecimals);

    /// <summary>Whether a value (amount, unit price, quantity, rate) has no more than <paramref name="decimals"/> decimals.</summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">Allowed decimals, 0 to 28.</param>
    /// <returns><see langword="true"/> when the value has no digit beyond <paramref name="decimals"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28.</exception>
    public static bool HasAtMostDecimals(decimal value, int decimals) => decimal.Round(value, decimals) == value;
}
