using Facturation.Domain.Documents;
using Facturation.Host.Cli.Common;

namespace Facturation.Host.Cli.Documents;

/// <summary>What a command that changes a document prints with <c>--json</c>: which document and where it stands.</summary>
internal sealed record DocumentRef(Guid Id, string Type, string Status, string? Number, int Lines, int AllowancesCharges)
{
    public static DocumentRef From(Document document) => new(
        document.Id, Tokens.Of(document.Type), Tokens.Of(document.Status), document.Number, document.Lines.Count, document.AllowancesCharges.Count);
}
