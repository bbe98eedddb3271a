using System.Globalization;
using System.Text;
using Facturation.Host.Cli.Common;
using Facturation.Host.Cli.Documents;

namespace Facturation.Host.Cli.EInvoicing;

/// <summary>The text of <c>einvoice read</c>: header, parties, lines, VAT breakdown, totals, profile, then the problems.</summary>
internal static class EInvoiceReadText
{
    public static string Render(EInvoiceReadView e)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{e.Type} {e.Number ?? "(no number)"} read from {e.File} ({e.Format})");
        var header = new TextTable("", "");
        header.Add("issue date", Invariant.Text(e.IssueDate));
        header.Add("due date", Invariant.Text(e.DueDate));
        header.Add("delivery date", Invariant.Text(e.DeliveryDate));
        header.Add("seller", Party(e.Seller));
        header.Add("buyer", Party(e.Buyer));
        header.Add("currency", e.ExchangeRate is { } rate
            ? $"{e.Currency} (1 {e.Currency} = {Invariant.Text(rate.Rate)} {rate.To} on {Invariant.Text(rate.Date)})"
            : e.Currency);
        if (e.BuyerReference is not null)
            header.Add("buyer reference", e.BuyerReference);
        if (e.PurchaseOrderReference is not null)
            header.Add("order reference", e.PurchaseOrderReference);
        if (e.PaymentTerms is not null)
            header.Add("payment terms", e.PaymentTerms);
        foreach (var preceding in e.PrecedingDocuments)
            header.Add("refers to", preceding.IssueDate is { } date ? $"{preceding.Type} {preceding.Number} of {Invariant.Text(date)}" : $"{preceding.Type} {preceding.Number} (date not stated)");
        foreach (var note in e.Notes)
            header.Add("note", note);
        header.Add("profile", e.Profile ?? "-");
        text.Append(header.Render("  ", withHeader: false)).AppendLine();

        var lines = new TextTable("#", "DESCRIPTION", "QTY", "UNIT", "PRICE", "NET", "VAT").AlignRight(0, 2, 4, 5);
        foreach (var l in e.Lines)
            lines.Add(Invariant.Text(l.Position), l.Description, Invariant.Text(l.Quantity), l.Unit, Invariant.Text(l.UnitPrice), Invariant.AmountText(l.NetAmount), Tax(l.TaxCategory, l.TaxRate));
        text.AppendLine("Lines").Append(lines.Count == 0 ? "  (none)" + Environment.NewLine : lines.Render("  ")).AppendLine();
        if (e.AllowancesCharges.Count > 0)
        {
            var table = new TextTable("KIND", "REASON", "AMOUNT", "VAT").AlignRight(2);
            foreach (var a in e.AllowancesCharges)
                table.Add(a.IsCharge ? "charge" : "allowance", a.Reason, Invariant.AmountText(a.Amount), Tax(a.TaxCategory, a.TaxRate));
            text.AppendLine("Allowances and charges").Append(table.Render("  ")).AppendLine();
        }

        var breakdown = new TextTable("CATEGORY", "RATE", "BASE", "VAT", "EXEMPTION").AlignRight(1, 2, 3);
        foreach (var s in e.TaxBreakdown)
            breakdown.Add(s.Category, Invariant.Text(s.Rate) + " %", Invariant.AmountText(s.TaxableAmount), Invariant.AmountText(s.TaxAmount), s.ExemptionReason ?? "");
        text.AppendLine("VAT breakdown").Append(breakdown.Render("  ")).AppendLine();
        text.Append(Totals(e.Totals, e.Currency)).AppendLine();

        if (e.Problems.Count == 0)
        {
            text.AppendLine("Problems: none");
            return text.ToString();
        }
        text.AppendLine(CultureInfo.InvariantCulture, $"Problems: {e.Problems.Count}");
        foreach (var p in e.Problems)
            text.AppendLine(CultureInfo.InvariantCulture, $"  {p.Field ?? "-"}: {p.Message} ({p.Code})");
        return text.ToString();
    }

    private static string Totals(DocumentTotalsView t, string currency)
    {
        var table = new TextTable("TOTALS", currency).AlignRight(1);
        table.Add("lines (BT-106)", Invariant.AmountText(t.LineNetTotal));
        table.Add("allowances (BT-107)", Invariant.AmountText(t.AllowanceTotal));
        table.Add("charges (BT-108)", Invariant.AmountText(t.ChargeTotal));
        table.Add("without VAT (BT-109)", Invariant.AmountText(t.TaxExclusive));
        table.Add("VAT (BT-110)", Invariant.AmountText(t.TaxTotal));
        table.Add("with VAT (BT-112)", Invariant.AmountText(t.TaxInclusive));
        table.Add("prepaid (BT-113)", Invariant.AmountText(t.Prepaid));
        table.Add("amount due (BT-115)", Invariant.AmountText(t.AmountDue));
        if (t.TaxTotalInAccountingCurrency is { } vat)
            table.Add($"VAT in {t.AccountingCurrency} (BT-111)", Invariant.AmountText(vat));
        return table.Render("");
    }

    private static string Tax(string? category, decimal? rate) =>
        category is null ? "-" : $"{category} {rate?.ToString(CultureInfo.InvariantCulture)} %";

    private static string Party(PartyView party) =>
        string.Join(", ", new[] { party.Name, party.Address, party.VatNumber, party.Siren is null ? null : "SIREN " + party.Siren }.Where(p => !string.IsNullOrEmpty(p)));
}
