using System.Xml;
using Facturation.Plugins.EInvoicing.Terms;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Plugins.EInvoicing.Ubl;

/// <summary>
/// Reads a received UBL 2.1 <c>Invoice</c> or <c>CreditNote</c> into a snapshot holding what the file states
/// (amounts, breakdown and totals are not recomputed). Unreadable values are problems naming the element; a document
/// without a readable type, issue date, currency, seller or buyer yields no snapshot.
/// </summary>
internal static class UblReader
{
    /// <summary>Reads <paramref name="xml"/>; the profile is the file's CustomizationID (BT-24).</summary>
    public static EInvoiceImport Read(XmlDocument xml)
    {
        var problems = new List<Problem>();
        bool isCreditNote;
        if (xml.DocumentElement is { LocalName: UblNamespaces.InvoiceRoot, NamespaceURI: UblNamespaces.Invoice })
            isCreditNote = false;
        else if (xml.DocumentElement is { LocalName: UblNamespaces.CreditNoteRoot, NamespaceURI: UblNamespaces.CreditNote })
            isCreditNote = true;
        else
            return new EInvoiceImport(null, null, [new Problem("einvoice.not-ubl",
                $"The root element is '{xml.DocumentElement?.Name}', not a UBL 2.1 Invoice or CreditNote.")]);
        var root = UblNode.Root(xml, problems);
        var profile = root.Text("cbc:CustomizationID");
        if (profile is null)
            root.Report("einvoice.missing-value", "The specification identifier (BT-24) is missing.", "cbc:CustomizationID");
        var typeName = isCreditNote ? "cbc:CreditNoteTypeCode" : "cbc:InvoiceTypeCode";
        var type = DocumentTypeCodes.Parse(root.Text(typeName));
        if (type is null)
            root.Report("einvoice.invalid-code", $"'{root.Text(typeName)}' is not an invoice type code allowed by EN 16931 (BT-3).", typeName);
        var issueDate = root.Date("cbc:IssueDate");
        if (issueDate is null && root.Text("cbc:IssueDate") is null)
            root.Report("einvoice.missing-value", "The issue date (BT-2) is missing.", "cbc:IssueDate");
        var currency = ReadCurrency(root, "cbc:DocumentCurrencyCode", required: true);
        var taxCurrency = ReadCurrency(root, "cbc:TaxCurrencyCode", required: false);
        var seller = UblPartyReader.Read(root, "cac:AccountingSupplierParty", "seller");
        var buyer = UblPartyReader.Read(root, "cac:AccountingCustomerParty", "buyer");
        if (type is not { } documentType || issueDate is not { } issued || currency is not { } documentCurrency || seller is null || buyer is null)
            return new EInvoiceImport(null, profile, problems);

        var businessProcess = root.Text("cbc:ProfileID");
        // BT-23 of the French framework says whether lines sell services (S) or goods (B; M, mixed, and other processes
        // are read as goods, as the CII reader does). BT-8 "paid to date" puts all the VAT due on payment.
        var facts = new UblDocumentFacts(isCreditNote, documentCurrency,
            businessProcess is ['S', ..] ? LineNature.Service : LineNature.Goods,
            root.Text("cac:InvoicePeriod/cbc:DescriptionCode") == UblWriter.PaidToDate);
        var taxTotal = UblTotalsReader.DocumentTaxTotal(root, documentCurrency);
        var breakdown = UblTotalsReader.ReadBreakdown(taxTotal, documentCurrency);
        var lines = root.Children(isCreditNote ? "cac:CreditNoteLine" : "cac:InvoiceLine")
            .Select(l => UblLineReader.Read(l, facts, breakdown))
            .ToList();
        var allowancesCharges = UblTotalsReader.ReadAllowancesCharges(root, facts.DueOnPayment);
        var totals = UblTotalsReader.ReadTotals(root, taxTotal, documentCurrency, taxCurrency);
        var delivery = root.Child("cac:Delivery");
        var deliveryAddress = delivery?.Child("cac:DeliveryLocation/cac:Address");
        var document = new BusinessDocument(documentType, issued, documentCurrency,
            seller with { BankAccount = UblPaymentReader.ReadBankAccount(root) }, buyer, lines.Select(static l => l.Line).ToList())
        {
            Number = root.Text("cbc:ID"),
            DeliveryDate = delivery?.Date("cbc:ActualDeliveryDate"),
            InvoicingPeriod = ReadPeriod(root),
            DeliveryAddress = deliveryAddress is null ? null : UblPartyReader.ReadAddress(deliveryAddress, delivery!, "cac:DeliveryLocation/cac:Address"),
            PurchaseOrderReference = root.Text("cac:OrderReference/cbc:ID"),
            BuyerReference = root.Text("cbc:BuyerReference"),
            AllowancesCharges = allowancesCharges.Select(static a => a.AllowanceCharge).ToList(),
            PrecedingDocuments = UblPaymentReader.ReadPreceding(root, documentType, businessProcess),
            Notes = root.Children("cbc:Note").Where(static n => n.Value is not null).Select(static n => UblNoteText.Parse(n.Value!)).ToList(),
            PaymentTerms = UblPaymentReader.ReadTerms(root, isCreditNote),
        };
        var snapshot = new DocumentSnapshot(document, lines, allowancesCharges, breakdown, totals, []);
        return new EInvoiceImport(snapshot, profile, problems);
    }

    /// <summary>BG-14; a period with one end only is kept as a one-day period on that end (BR-CO-19 holds, the date is kept).</summary>
    private static InvoicingPeriod? ReadPeriod(UblNode root)
    {
        var start = root.Date("cac:InvoicePeriod/cbc:StartDate");
        var end = root.Date("cac:InvoicePeriod/cbc:EndDate");
        return (start ?? end) is { } first ? new InvoicingPeriod(start ?? first, end ?? first) : null;
    }

    private static CurrencyCode? ReadCurrency(UblNode root, string name, bool required)
    {
        var text = root.Text(name);
        if (CurrencyCode.IsWellFormed(text))
            return new CurrencyCode(text!);
        if (text is not null || required)
            root.Report("einvoice.invalid-code", $"'{text}' is not an ISO 4217 currency code.", name);
        return null;
    }
}
