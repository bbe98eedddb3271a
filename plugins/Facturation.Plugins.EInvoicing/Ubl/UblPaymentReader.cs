using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;

namespace Facturation.Plugins.EInvoicing.Ubl;

/// <summary>Reads payment terms (BT-9, BT-20, BT-83, BT-89) and the seller's account (BG-17) of a received document.</summary>
internal static class UblPaymentReader
{
    /// <summary>The payment terms, <see langword="null"/> when the document states none. The due date is
    /// <c>cbc:DueDate</c> in an invoice, <c>cac:PaymentMeans/cbc:PaymentDueDate</c> in a credit note.</summary>
    public static PaymentTerms? ReadTerms(UblNode root, bool isCreditNote)
    {
        var dueDate = isCreditNote
            ? root.Date("cac:PaymentMeans/cbc:PaymentDueDate") ?? root.Date("cbc:DueDate")
            : root.Date("cbc:DueDate");
        var description = root.Text("cac:PaymentTerms/cbc:Note");
        var mandate = root.Text("cac:PaymentMeans/cac:PaymentMandate/cbc:ID");
        var reference = root.Text("cac:PaymentMeans/cbc:PaymentID");
        if (dueDate is null && description is null && mandate is null && reference is null)
            return null;
        return new PaymentTerms(dueDate, description) { MandateReference = mandate, CreditorReference = reference };
    }

    /// <summary>The first payee account of a credit transfer (BT-84, BT-85, BT-86), if any.</summary>
    public static BankAccount? ReadBankAccount(UblNode root)
    {
        foreach (var means in root.Children("cac:PaymentMeans"))
        {
            if (means.Text("cac:PayeeFinancialAccount/cbc:ID") is { } iban)
            {
                return new BankAccount(iban.Replace(" ", string.Empty, StringComparison.Ordinal),
                    means.Text("cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID"),
                    means.Text("cac:PayeeFinancialAccount/cbc:Name"));
            }
        }
        return null;
    }

    /// <summary>The preceding invoices (BG-3). A credit note corrects invoices; an invoice of a final-invoice process
    /// (BT-23 B4, S4, M4) deducts deposit invoices; any other reference is read as an invoice. A reference without its
    /// issue date (BT-26 is optional in EN 16931, so its absence is no problem) is dated <see cref="DateOnly.MinValue"/>,
    /// which the SDK reserves for "not stated".</summary>
    public static List<DocumentReference> ReadPreceding(UblNode root, DocumentType type, string? businessProcess)
    {
        var referencedType = type == DocumentType.Invoice && businessProcess is { Length: 2 } && businessProcess[1] == '4'
            ? DocumentType.DepositInvoice
            : DocumentType.Invoice;
        var references = new List<DocumentReference>();
        foreach (var reference in root.Children("cac:BillingReference/cac:InvoiceDocumentReference"))
        {
            if (reference.Text("cbc:ID") is not { } number)
            {
                reference.Report("einvoice.missing-value", "The preceding invoice reference (BT-25) is missing.", "cbc:ID");
                continue;
            }
            references.Add(new DocumentReference(number, reference.Date("cbc:IssueDate") ?? DateOnly.MinValue, referencedType));
        }
        return references;
    }
}
