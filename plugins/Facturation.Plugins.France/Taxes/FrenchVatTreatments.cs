using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.France.Taxes;

/// <summary>The treatments of the French regime with their EN 16931 category, exemption reason and VATEX code.</summary>
internal static class FrenchVatTreatments
{
    /// <summary>Franchise en base: exempt (E), never outside scope (O), with the 293 B wording.</summary>
    public static VatTreatment Franchise { get; } = Exemption(
        VatCategory.Exempt, FrenchVatMentions.Franchise.Text, "VATEX-FR-FRANCHISE", FrenchVatMentions.Franchise);

    /// <summary>Reverse charge (AE): the customer accounts for the VAT.</summary>
    public static VatTreatment ReverseCharge { get; } = Exemption(
        VatCategory.ReverseCharge, FrenchVatMentions.Autoliquidation.Text, "VATEX-EU-AE", FrenchVatMentions.Autoliquidation);

    /// <summary>Exempt intra-EU supply of goods (K), art. 262 ter I du CGI.</summary>
    public static VatTreatment IntraCommunitySupply { get; } = Exemption(
        VatCategory.IntraCommunitySupply, FrenchVatMentions.IntraEuSupply.Text, "VATEX-EU-IC", FrenchVatMentions.IntraEuSupply);

    /// <summary>Exempt export of goods (G), art. 262 I du CGI.</summary>
    public static VatTreatment ExportOfGoods { get; } = Exemption(
        VatCategory.Export, FrenchVatMentions.Export.Text, "VATEX-EU-G", FrenchVatMentions.Export);

    /// <summary>
    /// Services to a business outside the EU: supplied where the customer is (art. 259-1 du CGI), so no French VAT.
    /// Category G rather than O because EN 16931 BR-O-02 forbids O when the seller has a VAT number.
    /// </summary>
    public static VatTreatment ServicesToNonEuBusiness { get; } = Exemption(
        VatCategory.Export, "TVA non applicable, art. 259-1 du CGI", "VATEX-EU-G", mention: null);

    /// <summary>Zero-rated supplies (Z): no exemption reason (EN 16931 BR-Z-10).</summary>
    public static VatTreatment ZeroRated { get; } = new(new TaxDecision(VatCategory.ZeroRated, 0m));

    /// <summary>Supplies exempt by law (E) with the company's configured wording and VATEX code.</summary>
    public static VatTreatment Exempt(string reason, string? code) => Exemption(VatCategory.Exempt, reason, code, mention: null);

    /// <summary>French VAT at <paramref name="ratePercent"/> (S), due at <paramref name="taxPoint"/>.</summary>
    public static VatTreatment Taxed(decimal ratePercent, TaxPoint taxPoint) =>
        new(new TaxDecision(VatCategory.StandardRate, ratePercent) { TaxPoint = taxPoint });

    private static VatTreatment Exemption(VatCategory category, string reason, string? code, LegalMention? mention) =>
        new(new TaxDecision(category, 0m) { ExemptionReason = reason, ExemptionReasonCode = code }, mention);
}
