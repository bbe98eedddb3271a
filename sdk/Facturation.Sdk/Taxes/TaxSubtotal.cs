using Facturation.Sdk.Common;

namespace Facturation.Sdk.Taxes;

/// <summary>One row of the VAT breakdown (EN 16931 BG-23): per category and rate, computed on the category base.</summary>
/// <param name="Category">VAT category (BT-118).</param>
/// <param name="RatePercent">Rate (BT-119).</param>
/// <param name="TaxableAmount">Base: line nets + charges - allowances of this category and rate (BT-116).</param>
/// <param name="TaxAmount">Base × rate / 100 rounded to 2 decimals, half away from zero (BT-117, BR-CO-17).</param>
public sealed record TaxSubtotal(VatCategory Category, decimal RatePercent, Money TaxableAmount, Money TaxAmount)
{
    /// <summary>Exemption reason text (BT-120).</summary>
    public string? ExemptionReason { get; init; }

    /// <summary>VATEX code (BT-121).</summary>
    public string? ExemptionReasonCode { get; init; }
}
