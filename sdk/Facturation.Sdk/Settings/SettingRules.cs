using System.Globalization;
using Facturation.Sdk.Common;

namespace Facturation.Sdk.Settings;

/// <summary>
/// The checks every declared setting gets from its <see cref="SettingDefinition"/> (required, type, choice),
/// so a plugin's <see cref="IPluginSettings.Validate"/> only adds its own business rules.
/// </summary>
public static class SettingRules
{
    /// <summary>
    /// How decimal settings are read: optional sign and a dot, nothing else. Thousands separators are refused so
    /// that "5,5" typed by a French admin is an error rather than 55.
    /// </summary>
    public const NumberStyles DecimalStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <summary>Checks <paramref name="values"/> against the declared types, requirements and choices.</summary>
    /// <param name="definitions">The declared settings.</param>
    /// <param name="values">The values, defaults applied.</param>
    /// <returns>Success when the values fit; otherwise a failure with one problem per broken rule, naming the key; unknown keys are reported too.</returns>
    public static Outcome CheckDeclared(IEnumerable<SettingDefinition> definitions, SettingValues values)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(values);
        var problems = new List<Problem>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            known.Add(definition.Key);
            if (!values.TryGetValue(definition.Key, out var text))
            {
                if (definition.Required)
                    problems.Add(new Problem("setting.required", $"Setting '{definition.Key}' is required.", definition.Key));
                continue;
            }
            if (!HasKind(definition, text))
                problems.Add(new Problem("setting.type", $"Setting '{definition.Key}' must be {Describe(definition)}; got '{text}'.", definition.Key));
        }
        foreach (var key in values.Keys.Where(k => !known.Contains(k)))
            problems.Add(new Problem("setting.unknown", $"Setting '{key}' is not declared by this plugin.", key));
        return Outcome.Of(problems);
    }

    private static bool HasKind(SettingDefinition definition, string text) => definition.Kind switch
    {
        SettingKind.Text => true,
        SettingKind.WholeNumber => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
        SettingKind.Number => decimal.TryParse(text, DecimalStyle, CultureInfo.InvariantCulture, out _),
        SettingKind.Boolean => text is "true" or "false",
        SettingKind.Date => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        SettingKind.Choice => definition.AllowedValues.Contains(text, StringComparer.Ordinal),
        _ => false,
    };

    private static string Describe(SettingDefinition definition) => definition.Kind switch
    {
        SettingKind.WholeNumber => "a whole number",
        SettingKind.Number => "a decimal number with a dot (e.g. 20.5)",
        SettingKind.Boolean => "true or false",
        SettingKind.Date => "a date yyyy-MM-dd",
        SettingKind.Choice => "one of: " + string.Join(", ", definition.AllowedValues),
        _ => "text",
    };
}
