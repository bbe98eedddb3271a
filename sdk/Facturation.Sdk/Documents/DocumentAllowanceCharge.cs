namespace Facturation.Sdk.Documents;

/// <summary>
/// A document-level allowance (discount) or charge (EN 16931 BG-20 / BG-21), in one VAT class: a percentage
/// discount on a mixed-rate document becomes one allowance per rate.
/// </summary>
/// <param name="IsCharge"><see langword="true"/> for a charge, <see langword="false"/> for an allowance.</param>
/// <param name="Amount">Amount before VAT in the document currency, positive (BT-92 / BT-99).</param>
/// <param name="TaxClass">Rate class of the allowance or charge.</param>
/// <param name="Reason">Reason text (BT-97 / BT-104).</param>
public sealed record DocumentAllowanceCharge(bool IsCharge, decimal Amount, TaxClass TaxClass, string Reason)
{
    /// <summary>Reason code (UNTDID 5189 for allowances, 7161 for charges).</summary>
    public string? ReasonCode { get; init; }

    /// <summary>Base amount when computed as a percentage (BT-93 / BT-100).</summary>
    public decimal? BaseAmount { get; init; }

    /// <summary>Percentage applied to <see cref="BaseAmount"/> (BT-94 / BT-101).</summary>
    public decimal? Percentage { get; init; }
}
