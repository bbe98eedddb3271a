using System.Collections;
using System.Collections.Frozen;
using System.Globalization;

namespace Facturation.Sdk.Settings;

/// <summary>
/// A company's values for one plugin's settings: an immutable map from key to invariant-culture text,
/// with typed readers.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710", Justification = "Domain name: a company's setting values, not a general dictionary.")]
public sealed class SettingValues : IReadOnlyDictionary<string, string>
{
    private readonly FrozenDictionary<string, string> _values;

    /// <summary>Creates values from key/value pairs (later duplicates win).</summary>
    /// <param name="values">The pairs.</param>
    public SettingValues(IEnumerable<KeyValuePair<string, string>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
            map[key] = value;
        _values = map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>No values.</summary>
    public static SettingValues Empty { get; } = new([]);

    /// <inheritdoc />
    public int Count => _values.Count;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _values.Keys;

    /// <inheritdoc />
    public IEnumerable<string> Values => _values.Values;

    /// <inheritdoc />
    public string this[string key] => _values[key];

    /// <summary>These values completed with the declared defaults for keys that have no value.</summary>
    /// <param name="definitions">The plugin's declared settings.</param>
    /// <returns>A new instance.</returns>
    public SettingValues WithDefaults(IEnumerable<SettingDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var defaults = definitions
            .Where(d => d.DefaultValue is not null && !_values.ContainsKey(d.Key))
            .Select(d => KeyValuePair.Create(d.Key, d.DefaultValue!));
        return new SettingValues(_values.Concat(defaults));
    }

    /// <summary>The text value of <paramref name="key"/>, or <paramref name="fallback"/>.</summary>
    /// <param name="key">Setting key.</param>
    /// <param name="fallback">Value when absent.</param>
    /// <returns>The value.</returns>
    public string? GetText(string key, string? fallback = null) =>
        _values.TryGetValue(key, out var value) ? value : fallback;

    /// <summary>The decimal value of <paramref name="key"/>, or <see langword="null"/> when absent or not a number.</summary>
    /// <param name="key">Setting key.</param>
    /// <returns>The value.</returns>
    public decimal? GetDecimal(string key) =>
        _values.TryGetValue(key, out var text)
        && decimal.TryParse(text, SettingRules.DecimalStyle, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>The integer value of <paramref name="key"/>, or <see langword="null"/> when absent or not an integer.</summary>
    /// <param name="key">Setting key.</param>
    /// <returns>The value.</returns>
    public int? GetInteger(string key) =>
        _values.TryGetValue(key, out var text)
        && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>The boolean value of <paramref name="key"/> (exactly <c>true</c> or <c>false</c>), or <see langword="null"/>.</summary>
    /// <param name="key">Setting key.</param>
    /// <returns>The value.</returns>
    public bool? GetBoolean(string key) =>
        _values.TryGetValue(key, out var text) ? text switch { "true" => true, "false" => false, _ => null } : null;

    /// <summary>The date value of <paramref name="key"/> (<c>yyyy-MM-dd</c>), or <see langword="null"/>.</summary>
    /// <param name="key">Setting key.</param>
    /// <returns>The value.</returns>
    public DateOnly? GetDate(string key) =>
        _values.TryGetValue(key, out var text)
        && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : null;

    /// <inheritdoc />
    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out string value) =>
        _values.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() =>
        ((IEnumerable<KeyValuePair<string, string>>)_values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
