using Facturation.Sdk.Documents;
using Facturation.Sdk.Settings;

namespace Facturation.Sdk.Taxes;

/// <summary>What a tax regime is asked to decide on.</summary>
/// <param name="Document">The document with its seller, buyer and lines.</param>
/// <param name="Settings">The regime plugin's settings for the issuing company, defaults applied.</param>
public sealed record TaxAssessmentRequest(BusinessDocument Document, SettingValues Settings);
