using Facturation.Sdk.Common;

namespace Facturation.Plugins.EInvoicing.Rules;

/// <summary>
/// How a party's identifiers map to EN 16931 terms, shared by the rules and the writers: the first identifier in the
/// SIREN scheme (ICD 0002), or else the first one that is not a SIRET (e.g. a Belgian enterprise number, ICD 0208),
/// is the legal registration identifier (BT-30 for the seller, BT-47 for the buyer); a SIRET (ICD 0009) is only ever
/// a party identifier (BT-29 for the seller, BT-46 for the buyer), like every other identifier.
/// </summary>
internal static class PartyIdentifiers
{
    /// <summary>The legal registration identifier (BT-30 / BT-47), if any.</summary>
    public static PartyIdentifier? LegalRegistration(Party party)
    {
        ArgumentNullException.ThrowIfNull(party);
        return party.Identifiers.FirstOrDefault(static i => i.SchemeId == PartyIdentifier.SirenScheme && !string.IsNullOrWhiteSpace(i.Value))
            ?? party.Identifiers.FirstOrDefault(static i => i.SchemeId != PartyIdentifier.SiretScheme && !string.IsNullOrWhiteSpace(i.Value));
    }

    /// <summary>The party identifiers (BT-29 / BT-46): every identifier but the legal registration one.</summary>
    public static IEnumerable<PartyIdentifier> Others(Party party)
    {
        var legal = LegalRegistration(party);
        return party.Identifiers.Where(i => !ReferenceEquals(i, legal));
    }
}
