using System.Collections.Frozen;
using Facturation.Sdk.Common;

namespace Facturation.Plugins.France.Taxes;

/// <summary>
/// The 27 member states of the European Union by ISO 3166-1 code. Greece is <c>GR</c> here even though its VAT
/// numbers start with <c>EL</c>. Territories outside the EU VAT area (Canary Islands, Åland, Mount Athos, ...)
/// share their state's country code and cannot be told apart from an address country.
/// </summary>
internal static class EuMemberStates
{
    /// <summary>The member states' ISO 3166-1 alpha-2 codes.</summary>
    public static FrozenSet<string> Codes { get; } = FrozenSet.ToFrozenSet(
        [
            "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
            "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
        ],
        StringComparer.Ordinal);

    /// <summary>Whether <paramref name="country"/> is a member state (France included).</summary>
    public static bool Contains(CountryCode country) => Codes.Contains(country.Value);

    /// <summary>The VAT territory of <paramref name="country"/>.</summary>
    public static VatTerritory TerritoryOf(CountryCode country) => country.Value switch
    {
        // Monaco is part of the French VAT territory (Franco-Monegasque convention of 1963).
        "FR" or "MC" => VatTerritory.France,
        _ when Contains(country) => VatTerritory.OtherMemberState,
        _ => VatTerritory.ThirdCountry,
    };
}
