using Facturation.Plugins.EInvoicing.Terms;
using Facturation.Sdk.Documents;

namespace Facturation.Plugins.EInvoicing.Ubl;

/// <summary>Writes delivery (BG-13, BG-15), payment instructions (BG-16 to BG-19) and payment terms (BT-20).</summary>
internal static class UblPaymentWriter
{
    /// <summary>UNTDID 4461 "instrument not defined": the means written when the document has payment data (a credit
    /// note's due date, a creditor reference) but neither a bank account nor a mandate.</summary>
    public const string InstrumentNotDefined = "1";

    /// <summary><c>cac:Delivery</c>: actual delivery date (BT-72) and deliver-to address (BG-15), when known.</summary>
    public static void WriteDelivery(UblElementWriter writer, BusinessDocument document)
    {
        if (document.DeliveryDate is null && document.DeliveryAddress is null)
            return;
        writer.Start("Delivery");
        writer.Date("ActualDeliveryDate", document.DeliveryDate);
        if (document.DeliveryAddress is { } address)
        {
            writer.Start("DeliveryLocation");
            writer.Address("Address", address);
            writer.End();
        }
        writer.End();
    }

    /// <summary><c>cac:PaymentMeans</c>: code (BT-81), credit note due date (BT-9), remittance information (BT-83, the
    /// RF creditor reference), the seller's account for a credit transfer (BT-84 IBAN, BT-85 name, BT-86 BIC) or the
    /// mandate of a direct debit (BT-89).</summary>
    public static void WritePaymentMeans(UblElementWriter writer, DocumentSnapshot snapshot, bool isCreditNote)
    {
        var terms = snapshot.Document.PaymentTerms;
        var dueDate = isCreditNote ? terms?.DueDate : null;
        var code = PaymentMeansCodes.For(snapshot);
        if (code is null && (dueDate is not null || !string.IsNullOrWhiteSpace(terms?.CreditorReference)))
            code = InstrumentNotDefined;
        if (code is null)
            return;
        writer.Start("PaymentMeans");
        writer.Basic("PaymentMeansCode", code);
        writer.Date("PaymentDueDate", dueDate);
        writer.Basic("PaymentID", terms?.CreditorReference);
        var account = snapshot.Document.Seller.BankAccount;
        if (account is not null && code is PaymentMeansCodes.CreditTransfer or PaymentMeansCodes.SepaCreditTransfer)
        {
            writer.Start("PayeeFinancialAccount");
            writer.Basic("ID", account.Iban);
            writer.Basic("Name", account.AccountName);
            if (!string.IsNullOrWhiteSpace(account.Bic))
            {
                writer.Start("FinancialInstitutionBranch");
                writer.Basic("ID", account.Bic);
                writer.End();
            }
            writer.End();
        }
        if (!string.IsNullOrWhiteSpace(terms?.MandateReference) && code is PaymentMeansCodes.DirectDebit or PaymentMeansCodes.SepaDirectDebit)
        {
            writer.Start("PaymentMandate");
            writer.Basic("ID", terms.MandateReference);
            writer.End();
        }
        writer.End();
    }

    /// <summary><c>cac:PaymentTerms/cbc:Note</c> (BT-20), at most one (UBL-SR-05).</summary>
    public static void WritePaymentTerms(UblElementWriter writer, BusinessDocument document)
    {
        if (string.IsNullOrWhiteSpace(document.PaymentTerms?.Description))
            return;
        writer.Start("PaymentTerms");
        writer.Basic("Note", document.PaymentTerms.Description);
        writer.End();
    }
}
