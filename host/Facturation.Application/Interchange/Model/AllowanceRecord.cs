namespace Facturation.Application.Interchange.Model;

/// <summary>
/// A document-level allowance or charge read from a file: an amount in one rate class (optionally with the
/// percentage and base it was computed from), or a percentage alone that the import splits per rate class.
/// </summary>
internal sealed record AllowanceRecord
{
    public bool IsCharge { get; init; }

    public decimal? Amount { get; init; }

    public string? TaxClass { get; init; }

    public decimal? Percentage { get; init; }

    public decimal? BaseAmount { get; init; }

    public string Reason { get; init; } = "";
}
