using Facturation.Application.Plugins;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Rules;
using Facturation.Sdk.Taxes;

namespace Facturation.Application.Issuing;

/// <summary>
/// Runs every document rule set a company enables on a document about to be issued and gathers their answers:
/// all the problems (so a refusal lists everything missing at once), else the mentions to print, each code once.
/// </summary>
internal static class DocumentRulesRun
{
    public static async Task<Outcome<IReadOnlyList<LegalMention>>> CheckAsync(
        IReadOnlyList<EnabledDocumentRules> enabled, BusinessDocument document, Outcome<TaxAssessment> assessment, CancellationToken cancellationToken)
    {
        var mentions = new List<LegalMention>();
        var problems = new List<Problem>();
        foreach (var (rules, settings) in enabled)
        {
            var result = await rules.CheckAsync(new DocumentRulesRequest(document, assessment, settings), cancellationToken);
            if (!result.Succeeded)
                problems.AddRange(result.Problems);
            else
                mentions.AddRange(result.Value!.Where(m => mentions.TrueForAll(known => known.Code != m.Code)));
        }
        return problems.Count > 0
            ? Outcome<IReadOnlyList<LegalMention>>.Failure(problems)
            : Outcome<IReadOnlyList<LegalMention>>.Success(mentions);
    }
}
