using System.Globalization;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.France.Taxes;

/// <summary>Why the French regime refuses a document: one factory per <c>fr-vat.*</c> code.</summary>
internal static class FrenchVatProblems
{
    public static Problem UnknownTaxClass(TaxClass taxClass, string field) => new("fr-vat.unknown-tax-class",
        $"Tax class '{taxClass.Value}' is not a French VAT class: use standard, intermediate, reduced, super-reduced, zero, exempt or {FrenchTaxClasses.ConstructionSubcontracting.Value}.",
        field);

    public static Problem NoRateAtDate(TaxClass taxClass, DateOnly date, string field) => new("fr-vat.no-rate-at-date",
        $"Tax class '{taxClass.Value}' has no French VAT rate on {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} (date of delivery, else of issue).",
        field);

    public static Problem PublicBuyerNotSupported() => new("fr-vat.public-buyer-not-supported",
        "Invoices to French public bodies go through Chorus Pro, with the buyer's service code and engagement number: this is not supported yet.",
        "Buyer.Kind");

    /// <param name="ruleId">The EN 16931 rule of the treatment that needs it: BR-AE-02, BR-IC-02 or BR-G-02.</param>
    public static Problem SellerVatNumberRequired(string ruleId) => new("fr-vat.seller-vat-number-required",
        "The seller's VAT number is required for a reverse charge, an intra-EU supply or an export (EN 16931 BR-AE-02, BR-IC-02, BR-G-02).",
        "Seller.VatNumber") { RuleId = ruleId };

    /// <param name="ruleId">The EN 16931 rule of the treatment that needs it: BR-AE-02 or BR-IC-02.</param>
    public static Problem BuyerVatNumberRequired(string ruleId) => new("fr-vat.buyer-vat-number-required",
        "The buyer's VAT number is required: a business customer is only liable for the VAT (autoliquidation) or "
        + "receives an exempt intra-EU supply (art. 262 ter I du CGI) under its VAT number (EN 16931 BR-AE-02, BR-IC-02).",
        "Buyer.VatNumber") { RuleId = ruleId };

    public static Problem BusinessBuyerRequired(PartyKind kind) => new("fr-vat.reverse-charge-business-buyer-required",
        $"Reverse charge on construction subcontracting (art. 283-2 nonies du CGI) only applies to a business customer; the buyer is {Describe(kind)}.",
        "Buyer.Kind");

    public static Problem DeliveryDateRequired() => new("fr-vat.delivery-date-required",
        "An intra-EU supply of goods needs its delivery date, on the line or on the document (EN 16931 BR-IC-11).",
        "DeliveryDate") { RuleId = "BR-IC-11" };

    public static Problem DeliverToNotOtherMemberState(CountryCode country, string field) => new("fr-vat.intra-eu-deliver-to-country",
        $"Goods delivered to {country.Value} do not go from France to another EU member state, as an intra-EU supply requires (art. 262 ter I du CGI, EN 16931 BR-IC-12).",
        field) { RuleId = "BR-IC-12" };

    public static Problem OssNotSupported(CountryCode country, string field) => new("fr-vat.oss-not-supported",
        $"Distance sales of goods to consumers in another EU member state ({country.Value}) are taxed at that country's rate and "
        + "declared through the One-Stop-Shop (OSS): this is not supported yet, and French VAT is not charged instead.",
        field);

    public static Problem ConstructionSubcontractingAbroad(CountryCode country, string field) => new("fr-vat.construction-subcontracting-foreign-buyer",
        $"Reverse charge on construction subcontracting (art. 283-2 nonies du CGI) is only supported for a buyer in France; the buyer is in {country.Value}.",
        field);

    public static Problem AllowanceAmbiguous(TaxClass taxClass, IEnumerable<TaxDecision> decisions, string field) => new("fr-vat.allowance-ambiguous",
        $"The lines of tax class '{taxClass.Value}' get different VAT treatments ({string.Join(", ", decisions.Select(Describe))}): "
        + "enter one allowance or charge per treatment.",
        field);

    private static string Describe(PartyKind kind) => kind switch
    {
        PartyKind.Consumer => "a consumer",
        PartyKind.PublicBody => "a public body",
        _ => "a business",
    };

    private static string Describe(TaxDecision decision) =>
        string.Create(CultureInfo.InvariantCulture, $"{decision.Category.ToCode()} {decision.RatePercent} %");
}
