using Facturation.Sdk.Common;

namespace Facturation.Application.Issuing;

/// <summary>
/// The electronic invoicing address (EN 16931 BT-34 seller, BT-49 buyer) a party is reached at: the one recorded for
/// it, else for a party with a SIREN its address in the French e-invoicing directory (the "annuaire" of the 2026
/// reform, where every SIREN subject to it is registered), which is the SIREN under EAS scheme 0225. The French rules
/// make both addresses mandatory (BR-FR-12, BR-FR-13) and want the buyer's to start with its SIREN under 0225 (BR-FR-21).
/// </summary>
public static class DirectoryAddress
{
    /// <summary>EAS code of the French e-invoicing directory (FRCTC electronic address).</summary>
    public const string FrenchDirectoryScheme = "0225";

    /// <summary>The address to write for a party.</summary>
    /// <param name="recorded">The address recorded for the party, if any.</param>
    /// <param name="recordedScheme">Its EAS scheme; the French directory's when not given.</param>
    /// <param name="siren">The party's SIREN, if any.</param>
    /// <returns>The address, or <see langword="null"/> when the party has neither an address nor a SIREN.</returns>
    public static ElectronicAddress? Of(string? recorded, string? recordedScheme, string? siren)
    {
        if (!string.IsNullOrWhiteSpace(recorded))
            return new ElectronicAddress(recorded, string.IsNullOrWhiteSpace(recordedScheme) ? FrenchDirectoryScheme : recordedScheme);
        return string.IsNullOrWhiteSpace(siren) ? null : new ElectronicAddress(siren, FrenchDirectoryScheme);
    }
}
