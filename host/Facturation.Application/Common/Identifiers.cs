using System.Numerics;

namespace Facturation.Application.Common;

/// <summary>Checks of the identifiers invoices carry: SIREN/SIRET (Luhn), IBAN (ISO 13616 mod 97), EU VAT number shape.</summary>
public static class Identifiers
{
    /// <summary>SIREN: 9 digits passing the Luhn check (INSEE).</summary>
    /// <param name="value">Value.</param>
    /// <returns>True when valid.</returns>
    public static bool IsSiren(string? value) => value is { Length: 9 } && value.All(char.IsAsciiDigit) && Luhn(value);

    /// <summary>SIRET: 14 digits passing the Luhn check (La Poste establishments use a digit sum divisible by 5).</summary>
    /// <param name="value">Value.</param>
    /// <returns>True when valid.</returns>
    public static bool IsSiret(string? value) =>
        value is { Length: 14 } && value.All(char.IsAsciiDigit)
        && (Luhn(value) || (value.StartsWith("356000000", StringComparison.Ordinal) && value.Sum(c => c - '0') % 5 == 0));

    /// <summary>IBAN: country, check digits and account passing ISO 13616 mod 97; spaces ignored.</summary>
    /// <param name="value">Value.</param>
    /// <returns>True when valid.</returns>
    public static bool IsIban(string? value)
    {
        if (value is null)
            return false;
        var iban = value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (iban.Length is < 15 or > 34 || !iban.All(char.IsAsciiLetterOrDigit) || !char.IsAsciiLetter(iban[0]) || !char.IsAsciiLetter(iban[1]))
            return false;
        var rearranged = iban[4..] + iban[..4];
        var digits = string.Concat(rearranged.Select(c => char.IsAsciiDigit(c) ? c.ToString() : (c - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) % 97 == 1;
    }

    /// <summary>
    /// EU VAT number shape: two-letter prefix then 2 to 13 letters or digits; a French one is FR + 2-character key +
    /// SIREN, with the numeric key = (12 + 3 × (SIREN mod 97)) mod 97.
    /// </summary>
    /// <param name="value">Value.</param>
    /// <returns>True when well formed.</returns>
    public static bool IsVatNumber(string? value)
    {
        if (value is null || value.Length < 4 || !char.IsAsciiLetterUpper(value[0]) || !char.IsAsciiLetterUpper(value[1]) || !value[2..].All(char.IsAsciiLetterOrDigit) || value.Length > 15)
            return false;
        if (!value.StartsWith("FR", StringComparison.Ordinal))
            return true;
        if (value.Length != 13 || !IsSiren(value[4..]))
            return false;
        var key = value[2..4];
        if (!key.All(char.IsAsciiDigit))
            return true; // the newer alphanumeric keys have no public formula
        var siren = long.Parse(value[4..], System.Globalization.CultureInfo.InvariantCulture);
        return int.Parse(key, System.Globalization.CultureInfo.InvariantCulture) == (12 + 3 * (siren % 97)) % 97;
    }

    /// <summary>The French VAT number of a SIREN (numeric key).</summary>
    /// <param name="siren">A valid SIREN.</param>
    /// <returns>FR + key + SIREN.</returns>
    public static string FrenchVatNumber(string siren)
    {
        ArgumentNullException.ThrowIfNull(siren);
        var key = (12 + 3 * (long.Parse(siren, System.Globalization.CultureInfo.InvariantCulture) % 97)) % 97;
        return $"FR{key:00}{siren}";
    }

    private static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                    digit -= 9;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
