using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Settings;
using Facturation.Sdk.Taxes;

namespace Facturation.Sdk.Rules;

/// <summary>What a rule set checks.</summary>
/// <param name="Document">The document as it will be issued (without its number, which is taken last).</param>
/// <param name="Assessment">
/// The tax regime's outcome for the same document: its decisions, or, when the regime refused it, its problems
/// (the host reports those itself), so rules still run and report everything else that is missing.
/// </param>
/// <param name="Settings">The rule plugin's settings for the issuing company, defaults applied.</param>
public sealed record DocumentRulesRequest(BusinessDocument Document, Outcome<TaxAssessment> Assessment, SettingValues Settings);
