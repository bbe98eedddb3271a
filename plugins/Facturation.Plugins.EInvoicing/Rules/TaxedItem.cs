using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.EInvoicing.Rules;

/// <summary>A line, document level allowance or charge with its VAT category, rate and amount before VAT.</summary>
/// <param name="Kind">Line, allowance or charge.</param>
/// <param name="Category">VAT category (BT-151, BT-95, BT-102).</param>
/// <param name="RatePercent">VAT rate (BT-152, BT-96, BT-103).</param>
/// <param name="Amount">Line net amount (BT-131) or allowance/charge amount (BT-92, BT-99), positive for both.</param>
/// <param name="Field">Path of the item in the snapshot, e.g. <c>Lines[2]</c> or <c>AllowancesCharges[0]</c>.</param>
internal sealed record TaxedItem(TaxedItemKind Kind, VatCategory Category, decimal RatePercent, decimal Amount, string Field)
{
    /// <summary>The item's amount as it adds to a VAT category base: allowances subtract.</summary>
    public decimal SignedAmount => Kind == TaxedItemKind.Allowance ? -Amount : Amount;
}
