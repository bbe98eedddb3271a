using Facturation.Plugins.EInvoicing.Terms;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.EInvoicing.Cii;

/// <summary>
/// Writes <c>ram:ApplicableHeaderTradeSettlement</c> in its sequence order: payment reference (BT-83), VAT accounting
/// currency (BT-6), invoice currency (BT-5), payment means (BG-16), VAT breakdown (BG-23), invoicing period (BG-14),
/// document allowances and charges (BG-20, BG-21), payment terms (BT-20, BT-9, BT-89), totals (BG-22), preceding
/// invoices (BG-3).
/// </summary>
internal static class CiiSettlementWriter
{
    /// <summary>Writes the settlement of <paramref name="snapshot"/>.</summary>
    public static void Write(CiiElementWriter writer, DocumentSnapshot snapshot, bool isBasic)
    {
        var document = snapshot.Document;
        var totals = snapshot.Totals;
        writer.Start("ApplicableHeaderTradeSettlement");
        writer.Text("PaymentReference", document.PaymentTerms?.CreditorReference);
        // BT-6 only with BT-111 (BR-53).
        if (totals.TaxTotalInAccountingCurrency is { } accounting && accounting.Currency != document.Currency)
            writer.Text("TaxCurrencyCode", accounting.Currency.Value);
        writer.Text("InvoiceCurrencyCode", document.Currency.Value);
        WritePaymentMeans(writer, snapshot, isBasic);
        foreach (var subtotal in snapshot.TaxBreakdown)
            WriteSubtotal(writer, snapshot, subtotal);
        if (document.InvoicingPeriod is { } period)
        {
            writer.Start("BillingSpecifiedPeriod");
            writer.Date("StartDateTime", period.Start);
            writer.Date("EndDateTime", period.End);
            writer.End();
        }
        foreach (var priced in snapshot.AllowancesCharges)
            WriteAllowanceCharge(writer, priced);
        WritePaymentTerms(writer, document.PaymentTerms);
        CiiTotalsWriter.Write(writer, totals, isBasic);
        // BG-3 is 0..n in EN 16931 but 0..1 in its CII D16B binding (CEN/TS 16931-3-3; the D16B schema allows one
        // ram:InvoiceReferencedDocument): a final invoice after several deposits names the first one here, UBL names
        // them all, and the printed document lists every deposit with its amounts.
        foreach (var preceding in document.PrecedingDocuments.Take(1))
        {
            writer.Start("InvoiceReferencedDocument");
            writer.Text("IssuerAssignedID", preceding.Number);
            writer.FormattedDate("FormattedIssueDateTime", preceding.IssueDate);
            writer.End();
        }
        writer.End();
    }

    private static void WritePaymentMeans(CiiElementWriter writer, DocumentSnapshot snapshot, bool isBasic)
    {
        var code = PaymentMeansCodes.For(snapshot);
        if (code is null)
            return;
        writer.Start("SpecifiedTradeSettlementPaymentMeans");
        writer.Text("TypeCode", code);
        if (code is PaymentMeansCodes.SepaDirectDebit or PaymentMeansCodes.DirectDebit)
        {
            // BT-91: the buyer's account to be debited.
            if (snapshot.Document.Buyer.BankAccount is { } debited)
            {
                writer.Start("PayerPartyDebtorFinancialAccount");
                writer.Text("IBANID", debited.Iban);
                writer.End();
            }
        }
        else if (snapshot.Document.Seller.BankAccount is { } account)
        {
            // BT-84, BT-85, BT-86 (the BIC is not part of Factur-X BASIC).
            writer.Start("PayeePartyCreditorFinancialAccount");
            writer.Text("IBANID", account.Iban);
            writer.Text("AccountName", isBasic ? null : account.AccountName);
            writer.End();
            if (!isBasic && !string.IsNullOrWhiteSpace(account.Bic))
            {
                writer.Start("PayeeSpecifiedCreditorFinancialInstitution");
                writer.Text("BICID", account.Bic);
                writer.End();
            }
        }
        writer.End();
    }

    private static void WriteSubtotal(CiiElementWriter writer, DocumentSnapshot snapshot, TaxSubtotal subtotal)
    {
        writer.Start("ApplicableTradeTax");
        writer.Amount("CalculatedAmount", subtotal.TaxAmount.Amount);
        writer.Text("TypeCode", CiiTaxCodes.Vat);
        writer.Text("ExemptionReason", subtotal.ExemptionReason);
        writer.Amount("BasisAmount", subtotal.TaxableAmount.Amount);
        writer.Text("CategoryCode", subtotal.Category.ToCode());
        writer.Text("ExemptionReasonCode", subtotal.ExemptionReasonCode);
        // BT-8: VAT due on payment ("TVA sur les encaissements") for the items of this category and rate.
        if (DueOnPayment(snapshot, subtotal))
            writer.Text("DueDateTypeCode", CiiTaxCodes.PaidToDate);
        if (subtotal.Category != VatCategory.OutsideScope)
            writer.Text("RateApplicablePercent", XmlValues.Percent(subtotal.RatePercent));
        writer.End();
    }

    private static bool DueOnPayment(DocumentSnapshot snapshot, TaxSubtotal subtotal)
    {
        bool Matches(TaxDecision tax) =>
            tax.Category == subtotal.Category && tax.RatePercent == subtotal.RatePercent && tax.TaxPoint == TaxPoint.OnPayment;
        return snapshot.Lines.Any(l => Matches(l.Tax)) || snapshot.AllowancesCharges.Any(a => Matches(a.Tax));
    }

    private static void WriteAllowanceCharge(CiiElementWriter writer, PricedAllowanceCharge priced)
    {
        var ac = priced.AllowanceCharge;
        writer.Start("SpecifiedTradeAllowanceCharge");
        writer.ChargeIndicator(ac.IsCharge);
        if (ac.Percentage is { } percentage)
            writer.Text("CalculationPercent", XmlValues.Percent(percentage));
        if (ac.BaseAmount is { } basis)
            writer.Amount("BasisAmount", basis);
        writer.Amount("ActualAmount", ac.Amount);
        writer.Text("ReasonCode", ac.ReasonCode);
        writer.Text("Reason", ac.Reason);
        writer.CategoryTax("CategoryTradeTax", priced.Tax);
        writer.End();
    }

    private static void WritePaymentTerms(CiiElementWriter writer, PaymentTerms? terms)
    {
        if (terms is null || (string.IsNullOrWhiteSpace(terms.Description) && terms.DueDate is null
            && string.IsNullOrWhiteSpace(terms.MandateReference)))
            return;
        writer.Start("SpecifiedTradePaymentTerms");
        writer.Text("Description", terms.Description);
        writer.Date("DueDateDateTime", terms.DueDate);
        writer.Text("DirectDebitMandateID", terms.MandateReference);
        writer.End();
    }
}
