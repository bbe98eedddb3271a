using Facturation.Sdk.Common;

namespace Facturation.Sdk.Taxes;

/// <summary>Document totals (EN 16931 BG-22), consistent with BR-CO-10 to BR-CO-16.</summary>
/// <param name="LineNetTotal">Sum of line net amounts (BT-106).</param>
/// <param name="AllowanceTotal">Sum of document allowances (BT-107).</param>
/// <param name="ChargeTotal">Sum of document charges (BT-108).</param>
/// <param name="TaxExclusiveAmount">Total without VAT (BT-109).</param>
/// <param name="TaxTotal">Total VAT (BT-110).</param>
/// <param name="TaxInclusiveAmount">Total with VAT (BT-112).</param>
/// <param name="PrepaidAmount">Amount already paid, e.g. deposits (BT-113).</param>
/// <param name="AmountDue">Amount due for payment (BT-115).</param>
public sealed record DocumentTotals(
    Money LineNetTotal,
    Money AllowanceTotal,
    Money ChargeTotal,
    Money TaxExclusiveAmount,
    Money TaxTotal,
    Money TaxInclusiveAmount,
    Money PrepaidAmount,
    Money AmountDue)
{
    /// <summary>Rounding amount (BT-114), zero unless cash rounding applies.</summary>
    public Money? RoundingAmount { get; init; }

    /// <summary>Total VAT in the accounting currency when the document currency differs (BT-111).</summary>
    public Money? TaxTotalInAccountingCurrency { get; init; }
}
