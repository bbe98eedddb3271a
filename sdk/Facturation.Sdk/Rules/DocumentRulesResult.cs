using Facturation.Sdk.Common;
using Facturation.Sdk.Taxes;

namespace Facturation.Sdk.Rules;

/// <summary>A rule set's answer: mentions to print, and problems that prevent issuing.</summary>
/// <param name="Mentions">Mentions the rules add to the document (payment terms wording, nature of the operation ...).</param>
/// <param name="Problems">One per missing or wrong item, naming the field in <see cref="Problem.Field"/>; empty when the document passes.</param>
public sealed record DocumentRulesResult(IReadOnlyList<LegalMention> Mentions, IReadOnlyList<Problem> Problems)
{
    /// <summary>Whether the document passes the rules.</summary>
    public bool Succeeded => Problems.Count == 0;

    /// <summary>A result that accepts the document.</summary>
    /// <param name="mentions">Mentions to print.</param>
    /// <returns>A result without problems.</returns>
    public static DocumentRulesResult Accepted(params IReadOnlyList<LegalMention> mentions) => new(mentions, []);
}
