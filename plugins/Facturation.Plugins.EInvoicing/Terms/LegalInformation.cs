using System.Globalization;
using Facturation.Sdk.Common;

namespace Facturation.Plugins.EInvoicing.Terms;

/// <summary>
/// The seller's additional legal information (BT-33: UBL <c>cbc:CompanyLegalForm</c>, CII
/// <c>ram:SellerTradeParty/ram:Description</c>): legal form, share capital and
/// trade-register city, as the French mandatory mentions state them, e.g. <c>SAS - capital 10000.00 EUR - RCS Paris</c>.
/// The parts are separated by " - " so that the text reads back into the same fields.
/// </summary>
internal static class LegalInformation
{
    private const string Separator = " - ";
    private const string CapitalPrefix = "capital ";
    private const string RegisterPrefix = "RCS ";

    /// <summary>The text for a party, <see langword="null"/> when it states none of the three.</summary>
    public static string? Format(Party party)
    {
        var parts = new List<string>(3);
        if (!string.IsNullOrWhiteSpace(party.LegalForm))
            parts.Add(party.LegalForm);
        if (party.ShareCapital is { } capital)
            parts.Add(CapitalPrefix + XmlValues.Amount(capital.Amount) + " " + capital.Currency.Value);
        if (!string.IsNullOrWhiteSpace(party.RegistrationCity))
            parts.Add(RegisterPrefix + party.RegistrationCity);
        return parts.Count == 0 ? null : string.Join(Separator, parts);
    }

    /// <summary>Reads the text back onto <paramref name="party"/>: recognised parts become share capital and
    /// registration city, the rest is the legal form.</summary>
    public static Party Apply(Party party, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return party;
        var form = new List<string>();
        Money? capital = null;
        string? city = null;
        foreach (var part in text.Split(Separator))
        {
            if (part.StartsWith(CapitalPrefix, StringComparison.Ordinal) && TryCapital(part[CapitalPrefix.Length..], out var money))
                capital = money;
            else if (part.StartsWith(RegisterPrefix, StringComparison.Ordinal) && part.Length > RegisterPrefix.Length)
                city = part[RegisterPrefix.Length..];
            else
                form.Add(part);
        }
        return party with
        {
            LegalForm = form.Count == 0 ? null : string.Join(Separator, form),
            ShareCapital = capital,
            RegistrationCity = city,
        };
    }

    private static bool TryCapital(string text, out Money capital)
    {
        capital = default;
        var space = text.LastIndexOf(' ');
        if (space <= 0 || !CurrencyCode.IsWellFormed(text[(space + 1)..])
            || !decimal.TryParse(text[..space], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            return false;
        capital = new Money(amount, new CurrencyCode(text[(space + 1)..]));
        return true;
    }
}
