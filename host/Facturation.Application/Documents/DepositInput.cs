namespace Facturation.Application.Documents;

/// <summary>How much of an accepted quote a deposit invoice asks for: a percentage, or an amount with VAT (one of the two).</summary>
public sealed record DepositInput
{
    /// <summary>Percentage of the quote, above 0 and at most 100 (with the earlier deposits).</summary>
    public decimal? Percentage { get; init; }

    /// <summary>Amount with VAT the customer pays (2 decimals), at most the quote's total with VAT (with the earlier deposits).</summary>
    public decimal? Amount { get; init; }
}
