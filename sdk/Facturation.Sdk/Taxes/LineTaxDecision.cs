namespace Facturation.Sdk.Taxes;

/// <summary>The regime's decision for the line with <paramref name="LineId"/>.</summary>
/// <param name="LineId">The line's <see cref="Documents.DocumentLine.LineId"/>.</param>
/// <param name="Decision">Category, rate, exemption and tax point.</param>
public sealed record LineTaxDecision(string LineId, TaxDecision Decision);
