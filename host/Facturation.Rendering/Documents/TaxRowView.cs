namespace Facturation.Rendering.Documents;

/// <summary>One VAT breakdown row: category and rate with the base and the VAT computed on it.</summary>
/// <param name="Rate">Rate ("20 %").</param>
/// <param name="Category">EN 16931 category code (S, E, AE, K, G ...).</param>
/// <param name="TaxableAmount">Base, formatted.</param>
/// <param name="TaxAmount">VAT, formatted.</param>
/// <param name="Exemption">Exemption reason for non-S categories, or empty.</param>
public sealed record TaxRowView(string Rate, string Category, string TaxableAmount, string TaxAmount, string Exemption);
