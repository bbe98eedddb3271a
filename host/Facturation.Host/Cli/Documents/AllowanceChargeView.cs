using Facturation.Domain.Documents;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Host.Cli.Documents;

/// <summary>A document-level allowance or charge of a shown document; the VAT decision exists once issued.</summary>
internal sealed record AllowanceChargeView(
    bool IsCharge, decimal Amount, string TaxClass, string Reason, decimal? Percentage, decimal? BaseAmount, string? TaxCategory, decimal? TaxRate)
{
    public static AllowanceChargeView From(PricedAllowanceCharge priced)
    {
        var a = priced.AllowanceCharge;
        return new(a.IsCharge, a.Amount, a.TaxClass.Value, a.Reason, a.Percentage, a.BaseAmount, priced.Tax.Category.ToCode(), priced.Tax.RatePercent);
    }

    public static AllowanceChargeView From(DraftAllowanceCharge a) =>
        new(a.IsCharge, a.Amount, a.TaxClass, a.Reason, a.Percentage, a.BaseAmount, null, null);
}
