using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;
using Facturation.Sdk.Templates;

namespace Facturation.Rendering.Documents;

/// <summary>Builds the view a layout prints from an issued snapshot: every value formatted for the language.</summary>
public static class DocumentViewBuilder
{
    /// <summary>The layout printing a document type.</summary>
    /// <param name="type">Document type.</param>
    /// <returns>One of <see cref="LayoutNames"/>.</returns>
    public static string LayoutOf(DocumentType type) => type switch
    {
        DocumentType.Invoice => LayoutNames.Invoice,
        DocumentType.CreditNote => LayoutNames.CreditNote,
        DocumentType.DepositInvoice => LayoutNames.DepositInvoice,
        DocumentType.Quote => LayoutNames.Quote,
        DocumentType.DeliveryNote => LayoutNames.DeliveryNote,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "No layout for this document type."),
    };

    /// <summary>Builds the view.</summary>
    /// <param name="request">Snapshot, language, branding and extras.</param>
    /// <returns>The view.</returns>
    public static DocumentView Build(DocumentViewRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var snapshot = request.Snapshot;
        var document = snapshot.Document;
        var language = request.Language;
        var format = new DocumentFormats(language.Culture);
        var layout = request.Layout ?? LayoutOf(document.Type);
        var isReminder = layout == LayoutNames.PaymentReminder;
        var payable = document.Type is DocumentType.Invoice or DocumentType.DepositInvoice;
        var lines = snapshot.Lines.Select((l, i) => Line(l, i, format, language)).ToList();
        return new DocumentView(
            language.Code, layout, language.Word("title." + layout), document.Number ?? "", language.Labels,
            DocumentParties.Seller(document.Seller, language), DocumentParties.Buyer(document.Buyer, document.Seller.Address.Country, language),
            Dates(document, format, language), References(document, format, language), lines,
            snapshot.AllowancesCharges.Select(a => new AllowanceChargeView(
                a.AllowanceCharge.Reason,
                format.Money(a.AllowanceCharge.IsCharge ? a.AllowanceCharge.Amount : -a.AllowanceCharge.Amount, document.Currency),
                VatLabel(a.Tax, format))).ToList(),
            snapshot.TaxBreakdown.Select(t => new TaxRowView(format.Rate(t.RatePercent), t.Category.ToCode(), format.Money(t.TaxableAmount),
                format.Money(t.TaxAmount), t.ExemptionReason ?? "")).ToList(),
            DocumentTotalsView.Rows(snapshot, format, language),
            snapshot.Mentions.Select(m => m.Text).ToList(),
            document.Notes.Select(n => n.Text).ToList(),
            request.Branding)
        {
            DeliveryAddress = document.DeliveryAddress is { } delivery ? DocumentParties.AddressLines(delivery, document.Seller.Address.Country, language) : [],
            ShowPrices = document.Type != DocumentType.DeliveryNote,
            HasDiscounts = snapshot.Lines.Any(l => l.Line.Discount != 0m),
            DepositDeductions = snapshot.DepositDeductions.Select(d => new DepositDeductionView(
                $"{d.Deposit.Number} {language.Word("reference.of")} {format.Date(d.Deposit.IssueDate)}", d.Category.ToCode(), format.Rate(d.RatePercent),
                format.Money(d.TaxableAmount), format.Money(d.TaxAmount), format.Money(d.TaxableAmount + d.TaxAmount))).ToList(),
            Payment = payable || isReminder ? Payment(snapshot, format, request.QrCodeDataUri) : null,
            Reminder = isReminder ? Reminder(document, request.ReminderDate ?? document.IssueDate, format, language) : null,
            LegalFooter = DocumentParties.LegalFooter(document.Seller, format, language),
        };
    }

    private static LineView Line(PricedLine priced, int index, DocumentFormats format, LayoutLanguage language)
    {
        var line = priced.Line;
        return new LineView(index + 1, line.Description, format.Quantity(line.Quantity), UnitLabels.Of(line.Unit, language.Code),
            format.Price(line.UnitPrice), line.Discount == 0m ? "" : format.Money(line.Discount, priced.NetAmount.Currency),
            format.Money(priced.NetAmount), VatLabel(priced.Tax, format))
        {
            ItemCode = line.ItemCode,
            Note = line.Note,
        };
    }

    // A taxed line shows its rate; an untaxed one its category code, whose reason the VAT breakdown prints.
    private static string VatLabel(TaxDecision tax, DocumentFormats format) =>
        tax.Category == VatCategory.StandardRate ? format.Rate(tax.RatePercent) : tax.Category.ToCode();

    private static List<LabelledValue> Dates(BusinessDocument document, DocumentFormats format, LayoutLanguage language)
    {
        var dates = new List<LabelledValue> { new(language.Word("date.issue"), format.Date(document.IssueDate)) };
        if (document.DeliveryDate is { } delivery)
            dates.Add(new(language.Word("date.delivery"), format.Date(delivery)));
        // EN 16931 BG-14, printed as the supply's date when the document invoices a period.
        if (document.InvoicingPeriod is { } period)
            dates.Add(new(language.Word("date.period"), $"{format.Date(period.Start)} – {format.Date(period.End)}"));
        if (document.Type is DocumentType.Invoice or DocumentType.DepositInvoice && document.PaymentTerms?.DueDate is { } due)
            dates.Add(new(language.Word("date.due"), format.Date(due)));
        return dates;
    }

    private static List<LabelledValue> References(BusinessDocument document, DocumentFormats format, LayoutLanguage language)
    {
        var references = new List<LabelledValue>();
        if (document.PurchaseOrderReference is { Length: > 0 } order)
            references.Add(new(language.Word("reference.order"), order));
        if (document.BuyerReference is { Length: > 0 } buyer)
            references.Add(new(language.Word("reference.buyer"), buyer));
        foreach (var preceding in document.PrecedingDocuments)
        {
            var key = preceding.Type == DocumentType.DepositInvoice ? "reference.deposit-invoice" : "reference.invoice";
            references.Add(new(language.Word(key), $"{preceding.Number} {language.Word("reference.of")} {format.Date(preceding.IssueDate)}"));
        }
        return references;
    }

    private static PaymentView Payment(DocumentSnapshot snapshot, DocumentFormats format, string? qrCodeDataUri)
    {
        var terms = snapshot.Document.PaymentTerms;
        var account = snapshot.Document.Seller.BankAccount;
        return new PaymentView(terms?.DueDate is { } due ? format.Date(due) : "", format.Money(snapshot.Totals.AmountDue))
        {
            Terms = terms?.Description,
            Iban = account is null ? null : Grouped(account.Iban),
            Bic = account?.Bic,
            CreditorReference = terms?.CreditorReference is { } reference ? Grouped(reference) : null,
            QrCodeDataUri = qrCodeDataUri,
        };
    }

    private static ReminderView Reminder(BusinessDocument document, DateOnly date, DocumentFormats format, LayoutLanguage language)
    {
        var due = document.PaymentTerms?.DueDate ?? document.IssueDate;
        var late = Math.Max(0, date.DayNumber - due.DayNumber);
        return new ReminderView(format.Date(date), late, string.Format(language.Culture, language.Word("reminder.text"), late));
    }

    private static string Grouped(string value) =>
        string.Join(' ', value.Replace(" ", "", StringComparison.Ordinal).Chunk(4).Select(c => new string(c)));
}
