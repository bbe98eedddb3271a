using System.Globalization;
using Facturation.Sdk.Common;

namespace Facturation.Rendering.Documents;

/// <summary>Numbers, amounts, rates and dates written the way a reader of the language expects.</summary>
/// <param name="culture">The language's culture.</param>
internal sealed class DocumentFormats(CultureInfo culture)
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["EUR"] = "€", ["USD"] = "$", ["GBP"] = "£", ["CHF"] = "CHF", ["JPY"] = "¥",
    };

    /// <summary>"1 234,56 €" (fr) or "€1,234.56" (en); the currency's symbol when common, else its code.</summary>
    public string Money(decimal amount, CurrencyCode currency)
    {
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = Symbols.GetValueOrDefault(currency.Value, currency.Value);
        return amount.ToString("C2", format);
    }

    /// <summary>A money amount of the document.</summary>
    public string Money(Money money) => Money(money.Amount, money.Currency);

    /// <summary>A unit price with 2 to 4 decimals, without currency.</summary>
    public string Price(decimal price) => price.ToString(AmountRounding.IsRounded(price) ? "N2" : "#,##0.00##", culture);

    /// <summary>A quantity without trailing zeros ("2", "1,5").</summary>
    public string Quantity(decimal quantity) => quantity.ToString("#,##0.######", culture);

    /// <summary>A rate: "20 %" (fr) or "20%" (en), "5,5 %" ...</summary>
    public string Rate(decimal percent)
    {
        var number = percent.ToString("0.##", culture);
        return culture.TwoLetterISOLanguageName == "fr" ? number + "\u00a0%" : number + "%";
    }

    /// <summary>"22 décembre 2026" / "22 December 2026".</summary>
    public string Date(DateOnly date) => date.ToString("d MMMM yyyy", culture);
}
