using Facturation.Sdk.Common;

namespace Facturation.Plugins.France.Mentions;

/// <summary>How the buyer is identified on an invoice: name, address and, for a French business, its SIREN.</summary>
internal static class BuyerIdentification
{
    /// <summary>Reports every missing buyer mention.</summary>
    /// <param name="buyer">The buyer.</param>
    /// <param name="report">Where problems go.</param>
    public static void Check(Party buyer, MentionReport report)
    {
        if (string.IsNullOrWhiteSpace(buyer.Name))
            report.Missing("buyer-name", "Buyer.Name", "The buyer's name (nom ou dénomination) is required (Code de commerce L441-9).");
        PartyAddressMentions.Check(buyer.Address, "buyer", report);
        // 2026 e-invoicing reform: the customer's SIREN joins the legal list for domestic B2B invoices;
        // foreign businesses and consumers have none.
        if (buyer.Kind == PartyKind.Business && buyer.Address.Country == CountryCode.France && Siren.Of(buyer) is null)
            report.Missing("buyer-siren", "Buyer.Siren", "The SIREN of a French business customer (SIREN du client, 9 digits or a 14-digit SIRET) is required since the 2026 e-invoicing reform (CGI annexe II art. 242 nonies A).");
    }
}
