using Facturation.Host.Cli.Common;
using Facturation.Sdk.Documents;

namespace Facturation.Host.Cli.Documents;

/// <summary>A document this one refers to (the invoice a credit note corrects, a deducted deposit); its issue date is
/// <see langword="null"/> when a received document does not state it (BT-26 is optional).</summary>
internal sealed record PrecedingView(string Number, string Type, DateOnly? IssueDate)
{
    public static PrecedingView From(DocumentReference reference) =>
        new(reference.Number, Tokens.Of(reference.Type), reference.IssueDate == DateOnly.MinValue ? null : reference.IssueDate);
}
