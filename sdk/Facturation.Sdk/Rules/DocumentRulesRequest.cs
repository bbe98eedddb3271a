using Facturation.Sdk.Documents;
using Facturation.Sdk.Settings;
using Facturation.Sdk.Taxes;

namespace Facturation.Sdk.Rules;

/// <summary>What a rule set checks.</summary>
/// <param name="Document">The document as it will be issued (without its number, which is taken last).</param>
/// <param name="Assessment">
/// The tax regime's assessment of the same document; when the regime refused it, its decisions are empty and its
/// problems say why, so rules can still report everything else that is missing.
/// </param>
/// <param name="Settings">The rule plugin's settings for the issuing company, defaults applied.</param>
public sealed record DocumentRulesRequest(BusinessDocument Document, TaxAssessment Assessment, SettingValues Settings);
