using Facturation.Sdk.Common;

namespace Facturation.Sdk.EInvoicing;

/// <summary>
/// The business rules an e-invoice export checks, run on a document before it is numbered, so that an invoice that
/// could not be exported is never issued (SDK 1.3). A plugin providing e-invoice formats provides one check per rule
/// set its formats share (e.g. the EN 16931 rules behind both CII and UBL). The host runs every loaded check when it
/// issues an invoice, a deposit invoice or a credit note, and refuses the issue with every problem reported.
/// It runs on the issuing path: no XML is written and no schema loaded, only the rules the export would apply.
/// </summary>
public interface IEInvoiceIssueCheck
{
    /// <summary>Stable identifier of the rule set, e.g. <c>en16931</c>.</summary>
    string Id { get; }

    /// <summary>The <see cref="IEInvoiceFormat.Id"/>s whose export this check guarantees, e.g. <c>cii</c> and <c>ubl</c>.</summary>
    IReadOnlyList<string> FormatIds { get; }

    /// <summary>
    /// Every rule the document would break when exported in the default profile of <see cref="FormatIds"/>, each with
    /// its published identifier (e.g. <c>BR-E-02</c>, <c>BR-IC-12</c>) as <see cref="Problem.Code"/> and the field at
    /// fault as <see cref="Problem.Field"/>; none when it can be exported. Quotes and delivery notes have no e-invoice
    /// form and pass unchecked.
    /// </summary>
    /// <param name="request">The priced document, not yet numbered.</param>
    /// <returns>The problems, empty when the document can be exported.</returns>
    IReadOnlyList<Problem> Check(EInvoiceIssueCheckRequest request);
}
