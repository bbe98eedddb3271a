using Facturation.Host.Cli.Common;
using Facturation.Sdk.Taxes;

namespace Facturation.Host.Cli.Documents;

/// <summary>The totals frozen in the snapshot (EN 16931 BG-22).</summary>
internal sealed record DocumentTotalsView(
    decimal LineNetTotal, decimal AllowanceTotal, decimal ChargeTotal, decimal TaxExclusive, decimal TaxTotal, decimal TaxInclusive,
    decimal Prepaid, decimal AmountDue, decimal? TaxTotalInAccountingCurrency, string? AccountingCurrency)
{
    public static DocumentTotalsView From(DocumentTotals t) => new(
        Invariant.Amount(t.LineNetTotal.Amount), Invariant.Amount(t.AllowanceTotal.Amount), Invariant.Amount(t.ChargeTotal.Amount),
        Invariant.Amount(t.TaxExclusiveAmount.Amount), Invariant.Amount(t.TaxTotal.Amount), Invariant.Amount(t.TaxInclusiveAmount.Amount),
        Invariant.Amount(t.PrepaidAmount.Amount), Invariant.Amount(t.AmountDue.Amount),
        t.TaxTotalInAccountingCurrency is { } vat ? Invariant.Amount(vat.Amount) : null, t.TaxTotalInAccountingCurrency?.Currency.Value);
}
