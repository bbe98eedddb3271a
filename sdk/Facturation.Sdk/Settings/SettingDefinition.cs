namespace Facturation.Sdk.Settings;

/// <summary>One per-company setting a plugin declares: name, type, default.</summary>
/// <param name="Key">Key, unique within the plugin, e.g. <c>rate.standard</c>.</param>
/// <param name="Kind">Value type.</param>
/// <param name="Description">What it changes, for the admin screen and CLI help.</param>
public sealed record SettingDefinition(string Key, SettingKind Kind, string Description)
{
    /// <summary>Value used when the company sets none (invariant-culture text); <see langword="null"/> for none.</summary>
    public string? DefaultValue { get; init; }

    /// <summary>Whether a value (given or default) must exist.</summary>
    public bool Required { get; init; }

    /// <summary>Accepted values for <see cref="SettingKind.Choice"/>.</summary>
    public IReadOnlyList<string> AllowedValues { get; init; } = [];
}
