using Facturation.Sdk.Common;

namespace Facturation.Sdk.Settings;

/// <summary>
/// A plugin's per-company settings: what it declares and how it checks the values the host hands it.
/// The host stores the values; the plugin never reads a database.
/// </summary>
public interface IPluginSettings
{
    /// <summary>The settings the plugin understands, with their types and defaults.</summary>
    IReadOnlyList<SettingDefinition> Definitions { get; }

    /// <summary>Checks a company's values (defaults already applied).</summary>
    /// <param name="values">The values to check.</param>
    /// <returns>Success when valid; otherwise a failure with one problem per broken rule, naming the key in <see cref="Problem.Field"/>.</returns>
    Outcome Validate(SettingValues values);
}
