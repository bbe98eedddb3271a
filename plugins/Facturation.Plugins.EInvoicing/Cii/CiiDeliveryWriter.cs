using Facturation.Sdk.Documents;

namespace Facturation.Plugins.EInvoicing.Cii;

/// <summary>Writes <c>ram:ApplicableHeaderTradeDelivery</c>: deliver-to address (BG-15) and actual delivery date
/// (BT-72). The schemas require the element; an issued invoice always has something to put in it (its delivery date
/// is the issue date unless another date was given), except one that states only an invoicing period (BG-14, written
/// in the settlement), whose delivery element stays empty as the CII and Factur-X schemas allow.</summary>
internal static class CiiDeliveryWriter
{
    /// <summary>Writes the delivery of <paramref name="document"/>.</summary>
    public static void Write(CiiElementWriter writer, BusinessDocument document)
    {
        writer.Start("ApplicableHeaderTradeDelivery");
        if (document.DeliveryAddress is { } address)
        {
            writer.Start("ShipToTradeParty");
            CiiPartyWriter.WriteAddress(writer, "PostalTradeAddress", address);
            writer.End();
        }
        if (document.DeliveryDate is { } date)
        {
            writer.Start("ActualDeliverySupplyChainEvent");
            writer.Date("OccurrenceDateTime", date);
            writer.End();
        }
        writer.End();
    }
}
