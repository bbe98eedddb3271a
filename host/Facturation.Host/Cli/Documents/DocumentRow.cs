using Facturation.Application.Documents;
using Facturation.Host.Cli.Common;

namespace Facturation.Host.Cli.Documents;

/// <summary>One line of <c>invoice list</c>; totals are null until the document is numbered.</summary>
internal sealed record DocumentRow(
    Guid Id, string Type, string Status, string? Number, DateOnly? IssueDate, string CustomerCode, string CustomerName, string Currency,
    decimal? TaxExclusive, decimal? TaxTotal, decimal? TaxInclusive)
{
    public static DocumentRow From(DocumentSummary s)
    {
        var numbered = s.Number is not null;
        return new(s.Id, Tokens.Of(s.Type), Tokens.Of(s.Status), s.Number, s.IssueDate, s.CustomerCode, s.CustomerName, s.Currency,
            numbered ? Invariant.Amount(s.TaxExclusive) : null, numbered ? Invariant.Amount(s.TaxTotal) : null, numbered ? Invariant.Amount(s.TaxInclusive) : null);
    }

    public static string Table(IReadOnlyList<DocumentRow> rows)
    {
        if (rows.Count == 0)
            return "No documents match." + Environment.NewLine;
        var table = new TextTable("NUMBER / DRAFT ID", "TYPE", "STATUS", "DATE", "CUSTOMER", "NET", "VAT", "TOTAL", "CUR").AlignRight(5, 6, 7);
        foreach (var r in rows)
        {
            table.Add(r.Number ?? r.Id.ToString(), r.Type, r.Status, Invariant.Text(r.IssueDate), $"{r.CustomerCode} {r.CustomerName}",
                Invariant.AmountText(r.TaxExclusive), Invariant.AmountText(r.TaxTotal), Invariant.AmountText(r.TaxInclusive), r.Currency);
        }
        return table.Render();
    }
}
