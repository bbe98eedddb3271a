using System.Globalization;
using System.Text;
using Facturation.Host.Cli.Common;

namespace Facturation.Host.Cli.Documents;

/// <summary>The text of <c>show</c>: header, lines, allowances and charges, VAT breakdown, totals, mentions.</summary>
internal static class DocumentText
{
    public static string Render(DocumentView d)
    {
        var text = new StringBuilder();
        text.AppendLine(d.Number is null ? $"{Title(d.Type)} draft {d.Id} ({d.Status})" : $"{Title(d.Type)} {d.Number} ({d.Status})");
        var header = new TextTable("", "");
        header.Add("id", d.Id.ToString());
        header.Add("issue date", Invariant.Text(d.IssueDate));
        header.Add("due date", Invariant.Text(d.DueDate));
        header.Add("delivery date", Invariant.Text(d.DeliveryDate));
        if (d.InvoicingPeriod is { } period)
            header.Add("invoicing period", $"{Invariant.Text(period.Start)} to {Invariant.Text(period.End)}");
        header.Add("seller", Party(d.Seller));
        header.Add("customer", Party(d.Customer));
        header.Add("currency", d.ExchangeRate is { } rate
            ? $"{d.Currency} (1 {d.Currency} = {Invariant.Text(rate.Rate)} {rate.To} on {Invariant.Text(rate.Date)}, {rate.Source})"
            : d.Currency);
        if (d.PurchaseOrderReference is not null)
            header.Add("order reference", d.PurchaseOrderReference);
        if (d.PaymentTerms is not null)
            header.Add("payment terms", d.PaymentTerms);
        foreach (var preceding in d.PrecedingDocuments)
            header.Add("refers to", $"{preceding.Type} {preceding.Number} of {Invariant.Text(preceding.IssueDate)}");
        foreach (var note in d.Notes)
            header.Add("note", note);
        if (d.Credited != 0m)
            header.Add("credited", Invariant.AmountText(d.Credited));
        text.Append(header.Render("  ", withHeader: false));

        text.AppendLine().AppendLine(Lines(d));
        if (d.AllowancesCharges.Count > 0)
            text.AppendLine(AllowancesCharges(d));
        if (d.Totals is null)
        {
            text.AppendLine("Totals are computed when the document is issued.");
            return text.ToString();
        }
        text.AppendLine(Breakdown(d));
        if (d.DepositDeductions.Count > 0)
            text.AppendLine(Deposits(d));
        text.AppendLine(Totals(d.Totals, d.Currency));
        if (d.Mentions.Count > 0)
        {
            text.AppendLine("Mentions");
            foreach (var mention in d.Mentions)
                text.AppendLine("  " + mention.Text);
        }
        return text.ToString();
    }

    private static string Lines(DocumentView d)
    {
        var table = new TextTable("#", "DESCRIPTION", "QTY", "UNIT", "PRICE", "DISCOUNT", "NET", "VAT").AlignRight(0, 2, 4, 5, 6);
        foreach (var l in d.Lines)
        {
            table.Add(Invariant.Text(l.Position), l.Description, Invariant.Text(l.Quantity), l.Unit, Invariant.Text(l.UnitPrice),
                l.Discount == 0m ? "" : Invariant.AmountText(l.Discount), Invariant.AmountText(l.NetAmount), Tax(l.TaxCategory, l.TaxRate, l.TaxClass));
        }
        return "Lines" + Environment.NewLine + (table.Count == 0 ? "  (none)" + Environment.NewLine : table.Render("  "));
    }

    private static string AllowancesCharges(DocumentView d)
    {
        var table = new TextTable("KIND", "REASON", "AMOUNT", "BASIS", "VAT").AlignRight(2);
        foreach (var a in d.AllowancesCharges)
        {
            var basis = a.Percentage is { } p ? $"{Invariant.Text(p)} % of {Invariant.AmountText(a.BaseAmount)}" : "";
            table.Add(a.IsCharge ? "charge" : "allowance", a.Reason, Invariant.AmountText(a.Amount), basis, Tax(a.TaxCategory, a.TaxRate, a.TaxClass));
        }
        return "Allowances and charges" + Environment.NewLine + table.Render("  ");
    }

    private static string Breakdown(DocumentView d)
    {
        var table = new TextTable("CATEGORY", "RATE", "BASE", "VAT", "EXEMPTION").AlignRight(1, 2, 3);
        foreach (var s in d.TaxBreakdown)
            table.Add(s.Category, Invariant.Text(s.Rate) + " %", Invariant.AmountText(s.TaxableAmount), Invariant.AmountText(s.TaxAmount), s.ExemptionReason ?? "");
        return "VAT breakdown" + Environment.NewLine + table.Render("  ");
    }

    private static string Deposits(DocumentView d)
    {
        var table = new TextTable("DEPOSIT", "OF", "CATEGORY", "RATE", "BASE", "VAT", "TOTAL").AlignRight(3, 4, 5, 6);
        foreach (var x in d.DepositDeductions)
        {
            table.Add(x.Number, Invariant.Text(x.IssueDate), x.Category, Invariant.Text(x.Rate) + " %", Invariant.AmountText(x.TaxableAmount),
                Invariant.AmountText(x.TaxAmount), Invariant.AmountText(x.Total));
        }
        return "Deposits deducted" + Environment.NewLine + table.Render("  ");
    }

    private static string Totals(DocumentTotalsView t, string currency)
    {
        var table = new TextTable("TOTALS", currency).AlignRight(1);
        table.Add("lines", Invariant.AmountText(t.LineNetTotal));
        if (t.AllowanceTotal != 0m)
            table.Add("allowances", Invariant.AmountText(t.AllowanceTotal));
        if (t.ChargeTotal != 0m)
            table.Add("charges", Invariant.AmountText(t.ChargeTotal));
        table.Add("without VAT", Invariant.AmountText(t.TaxExclusive));
        table.Add("VAT", Invariant.AmountText(t.TaxTotal));
        table.Add("with VAT", Invariant.AmountText(t.TaxInclusive));
        if (t.Prepaid != 0m)
            table.Add("prepaid (deposits)", Invariant.AmountText(t.Prepaid));
        table.Add("amount due", Invariant.AmountText(t.AmountDue));
        if (t.TaxTotalInAccountingCurrency is { } vat)
            table.Add($"VAT in {t.AccountingCurrency}", Invariant.AmountText(vat));
        return table.Render("");
    }

    private static string Tax(string? category, decimal? rate, string taxClass) =>
        category is null ? taxClass : $"{category} {rate?.ToString(CultureInfo.InvariantCulture)} %";

    private static string Party(PartyView? party) => party is null
        ? "-"
        : string.Join(", ", new[] { party.Code is null ? party.Name : $"{party.Code} {party.Name}", party.Address, party.VatNumber }.Where(p => !string.IsNullOrEmpty(p)));

    private static string Title(string type) => type switch
    {
        "credit-note" => "Credit note",
        "delivery-note" => "Delivery note",
        "deposit" => "Deposit invoice",
        _ => char.ToUpperInvariant(type[0]) + type[1..],
    };
}
