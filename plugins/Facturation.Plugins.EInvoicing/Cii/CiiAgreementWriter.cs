using Facturation.Sdk.Documents;

namespace Facturation.Plugins.EInvoicing.Cii;

/// <summary>Writes <c>ram:ApplicableHeaderTradeAgreement</c>: buyer reference (BT-10), seller, buyer and the purchase
/// order reference (BT-13).</summary>
internal static class CiiAgreementWriter
{
    /// <summary>Writes the agreement of <paramref name="document"/>.</summary>
    public static void Write(CiiElementWriter writer, BusinessDocument document, bool isBasic)
    {
        writer.Start("ApplicableHeaderTradeAgreement");
        writer.Text("BuyerReference", document.BuyerReference);
        CiiPartyWriter.Write(writer, "SellerTradeParty", document.Seller, isSeller: true, isBasic);
        CiiPartyWriter.Write(writer, "BuyerTradeParty", document.Buyer, isSeller: false, isBasic);
        if (!string.IsNullOrWhiteSpace(document.PurchaseOrderReference))
        {
            writer.Start("BuyerOrderReferencedDocument");
            writer.Text("IssuerAssignedID", document.PurchaseOrderReference);
            writer.End();
        }
        writer.End();
    }
}
