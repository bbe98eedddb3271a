using Facturation.Application.Issuing;
using Facturation.Host.Cli.Common;

namespace Facturation.Host.Cli.Documents;

/// <summary>What <c>issue</c> (or <c>quote send</c>) prints with <c>--json</c>: the number and the frozen totals.</summary>
internal sealed record IssuedView(
    Guid Id, string Type, string Number, DateOnly IssueDate, DateOnly? DueDate, string Currency, decimal TaxExclusive, decimal TaxTotal,
    decimal TaxInclusive, decimal AmountDue)
{
    public static IssuedView From(IssuedDocument issued)
    {
        var snapshot = issued.Snapshot;
        var totals = snapshot.Totals;
        return new(issued.Id, Tokens.Of(snapshot.Document.Type), issued.Number, snapshot.Document.IssueDate, snapshot.Document.PaymentTerms?.DueDate,
            snapshot.Document.Currency.Value, Invariant.Amount(totals.TaxExclusiveAmount.Amount), Invariant.Amount(totals.TaxTotal.Amount),
            Invariant.Amount(totals.TaxInclusiveAmount.Amount), Invariant.Amount(totals.AmountDue.Amount));
    }
}
