using Facturation.Sdk.Documents;

namespace Facturation.Plugins.France.Mentions;

/// <summary>The dates an invoice states: its issue date and, when payment is asked, the due date.</summary>
internal static class DocumentDates
{
    /// <summary>Reports a missing issue date, and a missing due date on invoices and deposit invoices.</summary>
    /// <param name="document">The document.</param>
    /// <param name="report">Where problems go.</param>
    public static void Check(BusinessDocument document, MentionReport report)
    {
        if (document.IssueDate == default)
            report.Missing("issue-date", "IssueDate", "The issue date (date d'émission) is required (CGI annexe II art. 242 nonies A).");
        // A credit note asks for no payment, so it has no due date.
        if (document.Type is not (DocumentType.Invoice or DocumentType.DepositInvoice))
            return;
        if (document.PaymentTerms?.DueDate is not { } dueDate || dueDate == default)
            report.Missing("due-date", "PaymentTerms.DueDate", "The payment due date (date d'échéance) is required (Code de commerce L441-9).");
    }
}
