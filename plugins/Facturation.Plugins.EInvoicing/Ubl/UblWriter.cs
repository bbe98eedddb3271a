using System.Text;
using System.Xml;
using Facturation.Plugins.EInvoicing.Terms;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.EInvoicing.Ubl;

/// <summary>
/// Writes an issued document as an OASIS UBL 2.1 <c>Invoice</c> (380, 386) or <c>CreditNote</c> (381) under the
/// EN 16931 UBL binding, in the element order of the UBL 2.1 schemas (maindoc/UBL-Invoice-2.1.xsd,
/// UBL-CreditNote-2.1.xsd). The caller has checked the document against the rules; this class only writes.
/// </summary>
internal static class UblWriter
{
    /// <summary>UNTDID 2005 code 432 "paid to date" (BT-8): the VAT is due when the payment is received.</summary>
    public const string PaidToDate = "432";

    /// <summary>The UTF-8 XML of <paramref name="snapshot"/> claiming <paramref name="specificationId"/> (BT-24).</summary>
    public static byte[] Write(DocumentSnapshot snapshot, string specificationId)
    {
        var document = snapshot.Document;
        var isCreditNote = document.Type == DocumentType.CreditNote;
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement(isCreditNote ? UblNamespaces.CreditNoteRoot : UblNamespaces.InvoiceRoot,
                isCreditNote ? UblNamespaces.CreditNote : UblNamespaces.Invoice);
            xml.WriteAttributeString("xmlns", "cac", null, UblNamespaces.Cac);
            xml.WriteAttributeString("xmlns", "cbc", null, UblNamespaces.Cbc);
            var writer = new UblElementWriter(xml);
            WriteHeader(writer, snapshot, specificationId, isCreditNote);
            UblPartyWriter.Write(writer, "AccountingSupplierParty", document.Seller, isSeller: true);
            UblPartyWriter.Write(writer, "AccountingCustomerParty", document.Buyer, isSeller: false);
            UblPaymentWriter.WriteDelivery(writer, document);
            UblPaymentWriter.WritePaymentMeans(writer, snapshot, isCreditNote);
            UblPaymentWriter.WritePaymentTerms(writer, document);
            UblTotalsWriter.WriteAllowancesCharges(writer, snapshot);
            UblTotalsWriter.WriteTaxTotals(writer, snapshot);
            UblTotalsWriter.WriteMonetaryTotal(writer, snapshot);
            foreach (var line in snapshot.Lines)
                UblLineWriter.Write(writer, line, isCreditNote);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return stream.ToArray();
    }

    /// <summary>From CustomizationID to BillingReference: identification, dates, notes, currencies, references.</summary>
    private static void WriteHeader(UblElementWriter writer, DocumentSnapshot snapshot, string specificationId, bool isCreditNote)
    {
        var document = snapshot.Document;
        writer.Basic("CustomizationID", specificationId);
        writer.Basic("ProfileID", BusinessProcess.For(snapshot));
        writer.Basic("ID", document.Number);
        writer.Date("IssueDate", document.IssueDate);
        // BT-9: cbc:DueDate exists in Invoice only; a credit note carries it in PaymentMeans/PaymentDueDate.
        if (!isCreditNote)
            writer.Date("DueDate", document.PaymentTerms?.DueDate);
        writer.Basic(isCreditNote ? "CreditNoteTypeCode" : "InvoiceTypeCode", DocumentTypeCodes.For(document.Type));
        foreach (var note in ExchangedNotes.For(snapshot))
            writer.Basic("Note", UblNoteText.Format(note));
        writer.Basic("DocumentCurrencyCode", document.Currency.Value);
        // BT-6 only together with BT-111 (BR-53): the VAT total in the accounting currency.
        if (snapshot.Totals.TaxTotalInAccountingCurrency is { } accounting && accounting.Currency != document.Currency)
            writer.Basic("TaxCurrencyCode", accounting.Currency.Value);
        writer.Basic("BuyerReference", document.BuyerReference);
        // BG-14 (BT-73, BT-74) and BT-8 (UBL binding: InvoicePeriod/DescriptionCode, UNTDID 2005): "paid to date" when
        // all the VAT is due on payment. UBL states BT-8 for the whole document only; a mixed document states nothing.
        var dueOnPayment = IsDueOnPayment(snapshot);
        if (document.InvoicingPeriod is not null || dueOnPayment)
        {
            writer.Start("InvoicePeriod");
            writer.Date("StartDate", document.InvoicingPeriod?.Start);
            writer.Date("EndDate", document.InvoicingPeriod?.End);
            writer.Basic("DescriptionCode", dueOnPayment ? PaidToDate : null);
            writer.End();
        }
        if (!string.IsNullOrWhiteSpace(document.PurchaseOrderReference))
        {
            writer.Start("OrderReference");
            writer.Basic("ID", document.PurchaseOrderReference);
            writer.End();
        }
        // BG-3: one BillingReference per preceding invoice (UBL-SR-06: one InvoiceDocumentReference in each).
        foreach (var preceding in document.PrecedingDocuments)
        {
            writer.Start("BillingReference");
            writer.Start("InvoiceDocumentReference");
            writer.Basic("ID", preceding.Number);
            writer.Date("IssueDate", preceding.IssueDate);
            writer.End();
            writer.End();
        }
    }

    private static bool IsDueOnPayment(DocumentSnapshot snapshot) =>
        snapshot.Lines.Count > 0
        && snapshot.Lines.All(static l => l.Tax.TaxPoint == TaxPoint.OnPayment)
        && snapshot.AllowancesCharges.All(static a => a.Tax.TaxPoint == TaxPoint.OnPayment);
}
