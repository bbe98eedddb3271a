using Facturation.Sdk.Common;
using Facturation.Sdk.Taxes;

namespace Facturation.Sdk.Documents;

/// <summary>
/// What a final invoice deducts of one deposit invoice, for one VAT category and rate. The final invoice states the
/// whole supply (its lines, VAT breakdown BG-23 and totals are those of the complete sale) and deducts the deposits:
/// printed per deposit and per category and rate (base and VAT, as the deposit invoiced them), exchanged as the paid
/// amount BT-113 (the sum of the deducted bases and VAT) with each deposit invoice referenced in BG-3, so that
/// BT-115 = BT-112 − BT-113 + BT-114 (EN 16931 BR-CO-16).
/// </summary>
/// <param name="Deposit">The deposit invoice (BT-25 number, BT-26 date).</param>
/// <param name="Category">VAT category of the deposit's breakdown row.</param>
/// <param name="RatePercent">Its rate.</param>
/// <param name="TaxableAmount">Base deducted: the deposit's base at this category and rate, less what credit notes gave back.</param>
/// <param name="TaxAmount">VAT deducted: the deposit's VAT at this category and rate, less what credit notes gave back.</param>
public sealed record DepositDeduction(DocumentReference Deposit, VatCategory Category, decimal RatePercent, Money TaxableAmount, Money TaxAmount);
