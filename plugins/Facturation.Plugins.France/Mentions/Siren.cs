using Facturation.Sdk.Common;

namespace Facturation.Plugins.France.Mentions;

/// <summary>The French company identifier: 9 digits, given directly or as the first 9 digits of a 14-digit SIRET.</summary>
internal static class Siren
{
    /// <summary>The party's SIREN, from a SIREN (ICD 0002) or derived from a SIRET (ICD 0009); spaces are ignored.</summary>
    /// <param name="party">The party.</param>
    /// <returns>The 9 digits, or <see langword="null"/> when the party has no well-formed one.</returns>
    public static string? Of(Party party)
    {
        string? fromSiret = null;
        foreach (var identifier in party.Identifiers)
        {
            var digits = identifier.Value?.Replace(" ", "", StringComparison.Ordinal);
            if (digits is null || !digits.All(char.IsAsciiDigit))
                continue;
            if (identifier.SchemeId == PartyIdentifier.SirenScheme && digits.Length == 9)
                return digits;
            if (identifier.SchemeId == PartyIdentifier.SiretScheme && digits.Length == 14)
                fromSiret ??= digits[..9];
        }
        return fromSiret;
    }
}
