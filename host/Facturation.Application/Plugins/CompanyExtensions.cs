using Facturation.Sdk.Documents;
using Facturation.Sdk.Numbering;
using Facturation.Sdk.Settings;
using Facturation.Sdk.Taxes;

namespace Facturation.Application.Plugins;

/// <summary>The tax regime and numbering scheme a company uses, each with the company's settings for its plugin.</summary>
/// <param name="TaxRegime">The active regime.</param>
/// <param name="TaxSettings">Settings of the regime's plugin (defaults applied, validated).</param>
/// <param name="Numbering">The active numbering scheme.</param>
/// <param name="NumberingSettings">Settings of the scheme's plugin.</param>
/// <param name="Stamps">Plugin ids and versions, recorded in snapshots.</param>
public sealed record CompanyExtensions(
    ITaxRegime TaxRegime, SettingValues TaxSettings, INumberingScheme Numbering, SettingValues NumberingSettings, IReadOnlyList<PluginStamp> Stamps)
{
    /// <summary>The document rule sets the company enables, in order, each with its plugin's settings.</summary>
    public IReadOnlyList<EnabledDocumentRules> DocumentRules { get; init; } = [];

    /// <summary>The rules the loaded e-invoice formats check, run before a document is numbered (see
    /// <see cref="ExtensionRegistry.EInvoiceIssueChecks"/>); empty when no e-invoicing plugin is loaded.</summary>
    public IReadOnlyList<Facturation.Sdk.EInvoicing.IEInvoiceIssueCheck> EInvoiceChecks { get; init; } = [];
}
