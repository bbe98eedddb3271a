using Facturation.Host.Cli.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Host.Cli.Documents;

/// <summary>What a final invoice deducts of one deposit invoice at one VAT category and rate (base, VAT and both).</summary>
internal sealed record DepositDeductionView(string Number, DateOnly IssueDate, string Category, decimal Rate, decimal TaxableAmount, decimal TaxAmount, decimal Total)
{
    public static DepositDeductionView From(DepositDeduction d) => new(
        d.Deposit.Number, d.Deposit.IssueDate, d.Category.ToCode(), d.RatePercent, Invariant.Amount(d.TaxableAmount.Amount), Invariant.Amount(d.TaxAmount.Amount),
        Invariant.Amount(d.TaxableAmount.Amount + d.TaxAmount.Amount));
}
