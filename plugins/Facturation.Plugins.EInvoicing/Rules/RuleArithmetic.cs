using Facturation.Sdk.Common;

namespace Facturation.Plugins.EInvoicing.Rules;

/// <summary>
/// The arithmetic of the CEN/TC 434 Schematron assertions, reproduced exactly: XPath <c>round()</c> rounds halves
/// towards positive infinity, and sums are compared after <c>round(x * 10 * 10) div 100</c>. Deliberately not the
/// product's <see cref="AmountRounding"/> (half away from zero): a rule must judge a file exactly as the official
/// validator does, and the two differ only on negative half cents (−0.005 is 0.00 here, −0.01 there).
/// </summary>
internal static class RuleArithmetic
{
    /// <summary>XPath 2.0 <c>fn:round</c>: the nearest integer, halves rounded towards positive infinity.</summary>
    public static decimal XPathRound(decimal value) => decimal.Floor(value + 0.5m);

    /// <summary><c>round(value * 10 * 10) div 100</c>: two decimals, halves towards positive infinity.</summary>
    public static decimal RoundToCents(decimal value) => decimal.Floor(value * 100m + 0.5m) / 100m;

    /// <summary>Whether <paramref name="value"/> needs at most two decimals (BR-DEC rules).</summary>
    public static bool HasAtMostTwoDecimals(decimal value) => AmountRounding.IsRounded(value);

    /// <summary>
    /// The VAT a breakdown row should carry for BR-CO-17 and BR-S-09:
    /// <c>round(abs(BT-116) * BT-119 div 100 * 10 * 10) div 100</c>.
    /// </summary>
    public static decimal ExpectedVat(decimal taxableAmount, decimal ratePercent) =>
        RoundToCents(Math.Abs(taxableAmount) * ratePercent / 100m);
}
