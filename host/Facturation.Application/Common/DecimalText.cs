using System.Globalization;

namespace Facturation.Application.Common;

/// <summary>
/// Reads numbers written as text (a command-line option, a JSON number, a CSV cell) exactly or not at all. A .NET
/// <see cref="decimal"/> keeps 28 to 29 significant digits and silently rounds the rest, so a price written with 30
/// decimals would become another price; such a number is refused instead, and the rules of the field (e.g. 4 decimals
/// for a unit price) then judge the exact value.
/// </summary>
public static class DecimalText
{
    /// <summary>The message of a number that cannot be kept exactly, e.g. for <c>--price</c>.</summary>
    /// <param name="text">The number as written.</param>
    /// <returns>The message.</returns>
    public static string NotExact(string text) =>
        $"'{Shorten(text)}' has more significant digits than an amount can keep exactly (28); it would be rounded";

    /// <summary>Parses a number written with '.' as the decimal separator (invariant culture, no exponent).</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value when exact.</param>
    /// <returns>False when it is not a number, is out of range, or would be rounded.</returns>
    public static bool TryParse(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
        && IsExact(text, value);

    /// <summary>Whether <paramref name="value"/> is exactly the number <paramref name="text"/> writes (JSON syntax: exponents allowed).</summary>
    /// <param name="text">The number as written.</param>
    /// <param name="value">The value it was read as.</param>
    /// <returns>True when nothing was rounded away.</returns>
    public static bool IsExact(string text, decimal value) =>
        Digits(text) is { } written && written == Digits(value.ToString(CultureInfo.InvariantCulture));

    // The number as (sign, significant digits, power of ten of the last digit), so 1.50, 15e-1 and 1.5 compare equal.
    private static (bool Negative, string Digits, int Exponent)? Digits(string text)
    {
        var s = text.AsSpan().Trim();
        var negative = s.StartsWith("-");
        if (negative || s.StartsWith("+"))
            s = s[1..];
        var exponent = 0;
        var e = s.IndexOfAny('e', 'E');
        if (e >= 0)
        {
            if (!int.TryParse(s[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
                return null;
            s = s[..e];
        }
        var point = s.IndexOf('.');
        var digits = point < 0 ? s.ToString() : string.Concat(s[..point], s[(point + 1)..]);
        if (point >= 0)
            exponent -= s.Length - point - 1;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
            return null;
        var trimmed = digits.TrimStart('0');
        if (trimmed.Length == 0)
            return (false, "0", 0);
        var significant = trimmed.TrimEnd('0');
        return (negative, significant, exponent + trimmed.Length - significant.Length);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
