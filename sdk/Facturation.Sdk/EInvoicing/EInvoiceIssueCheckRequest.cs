using Facturation.Sdk.Documents;

namespace Facturation.Sdk.EInvoicing;

/// <summary>What the host hands an <see cref="IEInvoiceIssueCheck"/> before it numbers a document (SDK 1.3).</summary>
/// <param name="Snapshot">The document as it will be frozen: parties, lines, tax decisions, breakdown, totals and
/// mentions, but no number yet (<see cref="BusinessDocument.Number"/> is <see langword="null"/>): rules on the number
/// are the numbering scheme's business and are not checked here.</param>
public sealed record EInvoiceIssueCheckRequest(DocumentSnapshot Snapshot);
