using Facturation.Sdk.Documents;

namespace Facturation.Plugins.EInvoicing.Cii;

/// <summary>Writes <c>ram:ApplicableHeaderTradeDelivery</c>: deliver-to address (BG-15) and actual delivery date
/// (BT-72). The element is required even when empty.</summary>
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
