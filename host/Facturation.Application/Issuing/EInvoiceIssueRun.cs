using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Application.Issuing;

/// <summary>
/// Runs the loaded e-invoice checks on a priced document before it is numbered (issue item 3 of the hardening: an
/// invoice that could not be exported is never issued). The rules themselves live in the e-invoicing plugin, reached
/// through the SDK contract <see cref="IEInvoiceIssueCheck"/>; each problem keeps the rule's published code.
/// </summary>
internal static class EInvoiceIssueRun
{
    /// <summary>Code of the problem reported when a check fails instead of answering: the issue is refused, since
    /// nothing then says the document could be exported.</summary>
    public const string CheckFailed = "einvoice.check-failed";

    public static IReadOnlyList<Problem> Check(IReadOnlyList<IEInvoiceIssueCheck> checks, DocumentSnapshot snapshot)
    {
        // Quotes and delivery notes have no e-invoice form.
        if (checks.Count == 0 || snapshot.Document.Type is not (DocumentType.Invoice or DocumentType.DepositInvoice or DocumentType.CreditNote))
            return [];
        var problems = new List<Problem>();
        var request = new EInvoiceIssueCheckRequest(snapshot);
        foreach (var check in checks)
        {
            try
            {
                problems.AddRange(check.Check(request));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                problems.Add(new Problem(CheckFailed, $"E-invoice check '{check.Id}' failed instead of answering ({e.GetType().Name}: {e.Message}).", "Document"));
            }
        }
        return problems.Distinct().ToList();
    }
}
