using Facturation.Sdk.Documents;

namespace Facturation.Rendering.Documents;

/// <summary>The totals block: lines, allowances, charges, totals without and with VAT, paid and due.</summary>
internal static class DocumentTotalsView
{
    public static IReadOnlyList<TotalView> Rows(DocumentSnapshot snapshot, DocumentFormats format, LayoutLanguage language)
    {
        var totals = snapshot.Totals;
        var rows = new List<TotalView>();
        if (totals.AllowanceTotal.Amount != 0m || totals.ChargeTotal.Amount != 0m)
        {
            rows.Add(new(language.Word("total.lines"), format.Money(totals.LineNetTotal), false));
            if (totals.AllowanceTotal.Amount != 0m)
                rows.Add(new(language.Word("total.allowances"), format.Money(-totals.AllowanceTotal.Amount, totals.AllowanceTotal.Currency), false));
            if (totals.ChargeTotal.Amount != 0m)
                rows.Add(new(language.Word("total.charges"), format.Money(totals.ChargeTotal), false));
        }
        rows.Add(new(language.Word("total.exclusive"), format.Money(totals.TaxExclusiveAmount), false));
        rows.Add(new(language.Word("total.vat"), format.Money(totals.TaxTotal), false));
        if (totals.TaxTotalInAccountingCurrency is { } accounting)
            rows.Add(new($"{language.Word("total.vat-accounting")} {accounting.Currency.Value}", format.Money(accounting), false));
        var credit = snapshot.Document.Type == DocumentType.CreditNote;
        rows.Add(new(language.Word(credit ? "total.credited" : "total.inclusive"), format.Money(totals.TaxInclusiveAmount), credit));
        // A final invoice deducts its deposits (BT-113) from the whole sale's total; the detail per rate is printed apart.
        if (totals.PrepaidAmount.Amount != 0m)
        {
            var label = language.Word(snapshot.DepositDeductions.Count > 0 ? "total.deposits" : "total.prepaid");
            rows.Add(new(label, format.Money(-totals.PrepaidAmount.Amount, totals.PrepaidAmount.Currency), false));
        }
        if (!credit && snapshot.Document.Type != DocumentType.DeliveryNote)
            rows.Add(new(language.Word("total.due"), format.Money(totals.AmountDue), true));
        return rows;
    }
}
