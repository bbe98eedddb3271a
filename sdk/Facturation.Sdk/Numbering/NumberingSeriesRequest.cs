using Facturation.Sdk.Documents;
using Facturation.Sdk.Settings;

namespace Facturation.Sdk.Numbering;

/// <summary>Which series a document type uses for a company.</summary>
/// <param name="DocumentType">The document type.</param>
/// <param name="Settings">The scheme plugin's settings for the company, defaults applied.</param>
public sealed record NumberingSeriesRequest(DocumentType DocumentType, SettingValues Settings);
