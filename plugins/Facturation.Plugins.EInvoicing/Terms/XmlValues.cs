using System.Globalization;
using Facturation.Sdk.Common;

namespace Facturation.Plugins.EInvoicing.Terms;

/// <summary>How numbers and dates are written in CII and UBL (invariant culture, '.' as decimal separator).</summary>
internal static class XmlValues
{
    /// <summary>An amount with exactly two decimals (BR-DEC rules allow at most two), rounded by the product's one rule.</summary>
    public static string Amount(decimal value) => AmountRounding.Round(value).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A price, quantity or rate: as many decimals as it has (up to its own scale), trailing zeros dropped,
    /// at least one digit.</summary>
    public static string Decimal(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    /// <summary>A percentage rate (BT-119, BT-152): "20", "5.5", "0".</summary>
    public static string Percent(decimal value) => Decimal(value);

    /// <summary>A date in CII's format 102 (yyyyMMdd).</summary>
    public static string CiiDate(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>A date as xs:date (UBL).</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
