using Facturation.Sdk.Common;

namespace Facturation.Plugins.France.Mentions;

/// <summary>The address parts both parties must show (Code de commerce L441-9: name and address of the parties).</summary>
internal static class PartyAddressMentions
{
    private const string Law = "(Code de commerce L441-9)";

    /// <summary>Reports each missing part of a party's address, under <c>fr.mention.seller-address</c> or <c>fr.mention.buyer-address</c>.</summary>
    /// <param name="address">The address.</param>
    /// <param name="role"><c>seller</c> or <c>buyer</c>.</param>
    /// <param name="report">Where problems go.</param>
    public static void Check(PostalAddress address, string role, MentionReport report)
    {
        var item = role + "-address";
        var field = char.ToUpperInvariant(role[0]) + role[1..] + ".Address.";
        if (!address.Lines.Any(line => !string.IsNullOrWhiteSpace(line)))
            report.Missing(item, field + "Lines", $"The {role}'s address (adresse) needs at least one street line {Law}.");
        if (string.IsNullOrWhiteSpace(address.PostCode))
            report.Missing(item, field + "PostCode", $"The {role}'s address (adresse) needs a post code {Law}.");
        if (string.IsNullOrWhiteSpace(address.City))
            report.Missing(item, field + "City", $"The {role}'s address (adresse) needs a city {Law}.");
        if (string.IsNullOrEmpty(address.Country.Value))
            report.Missing(item, field + "Country", $"The {role}'s address (adresse) needs a country {Law}.");
    }
}
