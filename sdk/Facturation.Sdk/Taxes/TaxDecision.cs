namespace Facturation.Sdk.Taxes;

/// <summary>What a tax regime decides for one line or one document-level allowance or charge.</summary>
/// <param name="Category">EN 16931 VAT category.</param>
/// <param name="RatePercent">Rate in percent (20 for 20 %), 0 for every category except standard rate.</param>
public sealed record TaxDecision(VatCategory Category, decimal RatePercent)
{
    /// <summary>Exemption reason text for non-S categories (BT-120), e.g. "TVA non applicable, art. 293 B du CGI".</summary>
    public string? ExemptionReason { get; init; }

    /// <summary>VATEX exemption reason code (BT-121), e.g. <c>VATEX-EU-AE</c>.</summary>
    public string? ExemptionReasonCode { get; init; }

    /// <summary>When the tax becomes due.</summary>
    public TaxPoint TaxPoint { get; init; } = TaxPoint.OnInvoicing;
}
