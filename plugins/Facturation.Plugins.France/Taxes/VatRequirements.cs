using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;

namespace Facturation.Plugins.France.Taxes;

/// <summary>
/// What a treatment needs from the document (VAT numbers, delivery date, deliver-to country): each check adds
/// its problem when the data is missing, so a refusal lists everything at once.
/// </summary>
/// <param name="document">The document being assessed.</param>
/// <param name="problems">Where problems are collected (duplicates are removed at the end).</param>
internal sealed class VatRequirements(BusinessDocument document, List<Problem> problems)
{
    /// <summary>EN 16931 BR-AE-02, BR-IC-02, BR-G-02.</summary>
    /// <param name="ruleId">The rule of the treatment being decided.</param>
    public void SellerVatNumber(string ruleId)
    {
        if (string.IsNullOrWhiteSpace(document.Seller.VatNumber))
            problems.Add(FrenchVatProblems.SellerVatNumberRequired(ruleId));
    }

    /// <summary>EN 16931 BR-AE-02, BR-IC-02; CGI art. 242 nonies A of annexe II.</summary>
    /// <param name="ruleId">The rule of the treatment being decided.</param>
    public void BuyerVatNumber(string ruleId)
    {
        if (string.IsNullOrWhiteSpace(document.Buyer.VatNumber))
            problems.Add(FrenchVatProblems.BuyerVatNumberRequired(ruleId));
    }

    /// <summary>Only a taxable customer can account for the VAT.</summary>
    public void BusinessBuyer()
    {
        if (document.Buyer.Kind != PartyKind.Business)
            problems.Add(FrenchVatProblems.BusinessBuyerRequired(document.Buyer.Kind));
    }

    /// <summary>EN 16931 BR-IC-11: the line's or the document's delivery date.</summary>
    public void DeliveryDate(DocumentLine line)
    {
        if (line.DeliveryDate is null && document.DeliveryDate is null)
            problems.Add(FrenchVatProblems.DeliveryDateRequired());
    }

    /// <summary>EN 16931 BR-IC-12: the goods go to another member state (delivery address, else the buyer's).</summary>
    public void DeliverToOtherMemberState()
    {
        var (country, field) = document.DeliveryAddress is { } address
            ? (address.Country, "DeliveryAddress.Country")
            : (document.Buyer.Address.Country, "Buyer.Address.Country");
        if (EuMemberStates.TerritoryOf(country) != VatTerritory.OtherMemberState)
            problems.Add(FrenchVatProblems.DeliverToNotOtherMemberState(country, field));
    }
}
