namespace Facturation.Sdk.Settings;

/// <summary>Which extensions a company uses, and its values for each plugin's settings.</summary>
/// <param name="TaxRegimeId">Id of the active <see cref="Taxes.ITaxRegime"/>.</param>
/// <param name="NumberingSchemeId">Id of the active <see cref="Numbering.INumberingScheme"/>.</param>
public sealed record CompanyExtensionSettings(string TaxRegimeId, string NumberingSchemeId)
{
    /// <summary>Ids of the enabled <see cref="Rules.IDocumentRules"/>, checked in this order (SDK 1.1).</summary>
    public IReadOnlyList<string> DocumentRulesIds { get; init; } = [];

    /// <summary>Values per plugin id.</summary>
    public IReadOnlyDictionary<string, SettingValues> PluginSettings { get; init; } =
        new Dictionary<string, SettingValues>(StringComparer.Ordinal);
}
