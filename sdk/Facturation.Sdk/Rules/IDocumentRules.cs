using Facturation.Sdk.Common;
using Facturation.Sdk.Taxes;

namespace Facturation.Sdk.Rules;

/// <summary>
/// Rules a document must meet before it is issued (a country's mandatory mentions, a sector's requirements).
/// The host runs every rule set the company enables at issue time, after the tax regime, and refuses the
/// document with the complete list of problems from all of them; the mentions they return are printed.
/// </summary>
/// <remarks>Added in SDK 1.1.</remarks>
public interface IDocumentRules
{
    /// <summary>Stable id that company settings name to enable the rules, e.g. <c>fr-mentions</c>.</summary>
    string Id { get; }

    /// <summary>Name shown to people.</summary>
    string DisplayName { get; }

    /// <summary>Checks a document about to be issued and lists the mentions it must carry.</summary>
    /// <param name="request">The document, the regime's assessment and the company's settings for the plugin.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The mentions to print (payment terms wording, nature of the operation ...), or one problem per missing or wrong
    /// item, naming the field in <see cref="Problem.Field"/> (the document is then refused).
    /// </returns>
    ValueTask<Outcome<IReadOnlyList<LegalMention>>> CheckAsync(DocumentRulesRequest request, CancellationToken cancellationToken);
}
