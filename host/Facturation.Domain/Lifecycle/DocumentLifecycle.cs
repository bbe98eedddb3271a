using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;

namespace Facturation.Domain.Lifecycle;

/// <summary>
/// The legal state machine. Drafts are the only editable state; an issued invoice only changes by being credited
/// (a full credit note cancels it). Quotes: draft → sent → accepted / refused / expired; accepted → converted.
/// </summary>
public static class DocumentLifecycle
{
    private static readonly Dictionary<(DocumentStatus, DocumentAction), DocumentStatus> InvoiceLike = new()
    {
        [(DocumentStatus.Draft, DocumentAction.Edit)] = DocumentStatus.Draft,
        [(DocumentStatus.Draft, DocumentAction.Delete)] = DocumentStatus.Draft,
        [(DocumentStatus.Draft, DocumentAction.Issue)] = DocumentStatus.Issued,
        [(DocumentStatus.Issued, DocumentAction.Credit)] = DocumentStatus.Issued,
        [(DocumentStatus.Issued, DocumentAction.Cancel)] = DocumentStatus.Cancelled,
    };

    private static readonly Dictionary<(DocumentStatus, DocumentAction), DocumentStatus> NotCreditable = new()
    {
        [(DocumentStatus.Draft, DocumentAction.Edit)] = DocumentStatus.Draft,
        [(DocumentStatus.Draft, DocumentAction.Delete)] = DocumentStatus.Draft,
        [(DocumentStatus.Draft, DocumentAction.Issue)] = DocumentStatus.Issued,
    };

    private static readonly Dictionary<(DocumentStatus, DocumentAction), DocumentStatus> Quote = new()
    {
        [(DocumentStatus.Draft, DocumentAction.Edit)] = DocumentStatus.Draft,
        [(DocumentStatus.Draft, DocumentAction.Delete)] = DocumentStatus.Draft,
        [(DocumentStatus.Draft, DocumentAction.Send)] = DocumentStatus.Sent,
        [(DocumentStatus.Sent, DocumentAction.Accept)] = DocumentStatus.Accepted,
        [(DocumentStatus.Sent, DocumentAction.Refuse)] = DocumentStatus.Refused,
        [(DocumentStatus.Sent, DocumentAction.Expire)] = DocumentStatus.Expired,
        [(DocumentStatus.Accepted, DocumentAction.Convert)] = DocumentStatus.Converted,
    };

    /// <summary>The status after <paramref name="action"/>, or a problem naming the rule when it is not allowed.</summary>
    /// <param name="type">Document type.</param>
    /// <param name="status">Current status.</param>
    /// <param name="action">Requested action.</param>
    /// <param name="next">The next status when allowed.</param>
    /// <returns><see langword="null"/> when allowed; otherwise the problem.</returns>
    public static Problem? Check(DocumentType type, DocumentStatus status, DocumentAction action, out DocumentStatus next)
    {
        var table = type switch
        {
            DocumentType.Quote => Quote,
            DocumentType.Invoice or DocumentType.DepositInvoice => InvoiceLike,
            _ => NotCreditable,
        };
        if (table.TryGetValue((status, action), out next))
            return null;
        next = status;
        return new Problem("lifecycle.forbidden", Explain(type, status, action), "Status");
    }

    /// <summary>Every action allowed from a status.</summary>
    /// <param name="type">Document type.</param>
    /// <param name="status">Current status.</param>
    /// <returns>The allowed actions.</returns>
    public static IReadOnlyList<DocumentAction> Allowed(DocumentType type, DocumentStatus status) =>
        Enum.GetValues<DocumentAction>().Where(a => Check(type, status, a, out _) is null).ToList();

    private static string Explain(DocumentType type, DocumentStatus status, DocumentAction action) => (status, action) switch
    {
        (not DocumentStatus.Draft, DocumentAction.Edit) =>
            $"A {Name(type)} that is {Lower(status)} cannot be changed: an issued document is immutable; correct it with a credit note.",
        (not DocumentStatus.Draft, DocumentAction.Delete) =>
            $"A {Name(type)} that is {Lower(status)} cannot be deleted: numbered documents are kept; cancel an invoice with a full credit note.",
        _ => $"Cannot {Lower(action)} a {Name(type)} that is {Lower(status)}.",
    };

    private static string Name(DocumentType type) => type switch
    {
        DocumentType.CreditNote => "credit note",
        DocumentType.DepositInvoice => "deposit invoice",
        DocumentType.DeliveryNote => "delivery note",
        _ => type.ToString().ToLowerInvariant(),
    };

    private static string Lower<T>(T value) where T : struct, Enum =>
        value.ToString().ToLowerInvariant();
}
