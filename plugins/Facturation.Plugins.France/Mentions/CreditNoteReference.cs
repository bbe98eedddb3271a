using Facturation.Sdk.Documents;

namespace Facturation.Plugins.France.Mentions;

/// <summary>A credit note names the invoice it corrects, with its number and date (BR-FR-CO-05, EN 16931 BG-3).</summary>
internal static class CreditNoteReference
{
    /// <summary>Reports a credit note that references no invoice or deposit invoice by number and date.</summary>
    /// <param name="document">The document.</param>
    /// <param name="report">Where problems go.</param>
    public static void Check(BusinessDocument document, MentionReport report)
    {
        if (document.Type != DocumentType.CreditNote)
            return;
        var referencesAnInvoice = document.PrecedingDocuments.Any(reference =>
            reference.Type is DocumentType.Invoice or DocumentType.DepositInvoice
            && !string.IsNullOrWhiteSpace(reference.Number)
            && reference.IssueDate != default);
        if (!referencesAnInvoice)
            report.Missing("credit-note-reference", "PrecedingDocuments", "A credit note (avoir) must reference the invoice it corrects by its number and date (CGI annexe II art. 242 nonies A; French e-invoicing rule BR-FR-CO-05).");
    }
}
