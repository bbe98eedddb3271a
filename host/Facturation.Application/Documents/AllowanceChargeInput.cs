namespace Facturation.Application.Documents;

/// <summary>
/// A document-level allowance or charge. Give an amount in one rate class, or a percentage: a percentage applies to
/// every rate class of the document and becomes one allowance per class (EN 16931 needs one category per allowance).
/// </summary>
public sealed record AllowanceChargeInput
{
    /// <summary>Charge (true) or allowance (false).</summary>
    public bool IsCharge { get; init; }

    /// <summary>Amount before VAT (2 decimals), with <see cref="TaxClass"/>.</summary>
    public decimal? Amount { get; init; }

    /// <summary>Rate class of <see cref="Amount"/>.</summary>
    public string? TaxClass { get; init; }

    /// <summary>Percentage of the lines' net amounts, split per rate class.</summary>
    public decimal? Percentage { get; init; }

    /// <summary>Reason.</summary>
    public string Reason { get; init; } = "";
}
