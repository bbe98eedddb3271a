using System.Globalization;
using Facturation.Sdk.Common;

namespace Facturation.Host.Cli.Common;

/// <summary>Text of numbers and dates as the CLI prints them: invariant culture, dates yyyy-MM-dd.</summary>
internal static class Invariant
{
    /// <summary>An amount with exactly two decimals (also the scale written in JSON): rounded by the product's one rule,
    /// then padded (adding 0.00m raises a decimal's scale to 2 without changing its value).</summary>
    public static decimal Amount(decimal value) => AmountRounding.Round(value) + 0.00m;

    public static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Text(decimal? value) => value is { } v ? Text(v) : "-";

    public static string AmountText(decimal value) => Amount(value).ToString("0.00", CultureInfo.InvariantCulture);

    public static string AmountText(decimal? value) => value is { } v ? AmountText(v) : "-";

    public static string Text(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Text(int? value) => value is { } v ? Text(v) : "-";
}
