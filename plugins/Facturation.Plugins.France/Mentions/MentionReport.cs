using Facturation.Sdk.Common;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.France.Mentions;

/// <summary>
/// What the mention rules found on one document: the mentions to print, each once and in the order added, and
/// every missing item (the rules never stop at the first one, so the user fixes the document in one go).
/// </summary>
internal sealed class MentionReport
{
    /// <summary>Prefix of every problem code: <c>fr.mention.seller-siren</c>, <c>fr.mention.due-date</c>, ...</summary>
    public const string CodePrefix = "fr.mention.";

    private readonly List<LegalMention> _mentions = [];
    private readonly List<Problem> _problems = [];

    /// <summary>Records a missing or wrong mention.</summary>
    /// <param name="item">The item, appended to <see cref="CodePrefix"/>.</param>
    /// <param name="field">Path of the field at fault.</param>
    /// <param name="message">Why the law requires it.</param>
    public void Missing(string item, string field, string message) =>
        _problems.Add(new Problem(CodePrefix + item, message, field));

    /// <summary>Adds a mention to print, unless one with the same code is already there.</summary>
    /// <param name="mention">The mention.</param>
    public void Print(LegalMention mention)
    {
        if (!_mentions.Exists(m => m.Code == mention.Code))
            _mentions.Add(mention);
    }

    /// <summary>The rules' answer.</summary>
    /// <returns>Every problem as collected, else the mentions.</returns>
    public Outcome<IReadOnlyList<LegalMention>> ToOutcome() => _problems.Count > 0
        ? Outcome<IReadOnlyList<LegalMention>>.Failure(_problems)
        : Outcome<IReadOnlyList<LegalMention>>.Success(_mentions.ToArray());
}
