namespace Facturation.Sdk.Documents;

/// <summary>A reference to an earlier document, e.g. the invoice a credit note corrects (EN 16931 BG-3).</summary>
/// <param name="Number">The referenced document's number (BT-25).</param>
/// <param name="IssueDate">Its issue date (BT-26); <see cref="DateOnly.MinValue"/> when a received document does not state
/// it (BT-26 is optional in EN 16931).</param>
/// <param name="Type">Its type.</param>
public sealed record DocumentReference(string Number, DateOnly IssueDate, DocumentType Type);
