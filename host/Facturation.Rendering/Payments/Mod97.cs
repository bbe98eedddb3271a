namespace Facturation.Rendering.Payments;

/// <summary>
/// ISO 7064 MOD 97-10 as IBANs (ISO 13616) and creditor references (ISO 11649) use it: the first four characters
/// moved to the end, letters read as numbers (A = 10 … Z = 35), the whole mod 97 must be 1.
/// </summary>
internal static class Mod97
{
    /// <summary>Whether an upper-case alphanumeric identifier passes the check.</summary>
    /// <param name="identifier">IBAN or RF reference in electronic form (no spaces).</param>
    /// <returns><see langword="true"/> when the check holds.</returns>
    public static bool Holds(string identifier)
    {
        if (identifier.Length < 5)
            return false;
        var remainder = 0;
        foreach (var c in string.Concat(identifier.AsSpan(4), identifier.AsSpan(0, 4)))
        {
            if (c is >= '0' and <= '9')
                remainder = (remainder * 10 + (c - '0')) % 97;
            else if (c is >= 'A' and <= 'Z')
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            else
                return false;
        }
        return remainder == 1;
    }
}
