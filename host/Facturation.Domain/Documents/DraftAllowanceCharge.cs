namespace Facturation.Domain.Documents;

/// <summary>A document-level allowance or charge in one rate class.</summary>
public sealed class DraftAllowanceCharge
{
    /// <summary>Position, from 1.</summary>
    public int Position { get; set; }

    /// <summary>Charge (true) or allowance (false).</summary>
    public bool IsCharge { get; set; }

    /// <summary>Amount before VAT, positive, at most 2 decimals.</summary>
    public decimal Amount { get; set; }

    /// <summary>Rate class.</summary>
    public string TaxClass { get; set; } = Sdk.Documents.TaxClass.Standard.Value;

    /// <summary>Reason text.</summary>
    public string Reason { get; set; } = "";

    /// <summary>Percentage it was computed from, when it was.</summary>
    public decimal? Percentage { get; set; }

    /// <summary>Base it was computed from, when it was.</summary>
    public decimal? BaseAmount { get; set; }
}
