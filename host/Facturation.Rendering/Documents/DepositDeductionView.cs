namespace Facturation.Rendering.Documents;

/// <summary>
/// One row of a final invoice's deposit deductions: what one deposit invoice invoiced at one VAT category and rate,
/// printed so the reader sees the VAT already invoiced per rate (the e-invoice carries only their sum, BT-113).
/// </summary>
/// <param name="Deposit">The deposit invoice's number and date ("DEP-2026-00001 du 10/03/2026").</param>
/// <param name="Category">EN 16931 category code (S, E ...).</param>
/// <param name="Rate">Rate ("20 %").</param>
/// <param name="TaxableAmount">Base deducted, formatted.</param>
/// <param name="TaxAmount">VAT deducted, formatted.</param>
/// <param name="Total">Base + VAT deducted, formatted.</param>
public sealed record DepositDeductionView(string Deposit, string Category, string Rate, string TaxableAmount, string TaxAmount, string Total);
