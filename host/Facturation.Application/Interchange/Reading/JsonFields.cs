using System.Globalization;
using System.Text.Json;
using Facturation.Application.Common;
using Facturation.Application.Interchange.Model;

namespace Facturation.Application.Interchange.Reading;

/// <summary>
/// Reads the fields of one JSON object of a record, reporting a field of the wrong type by name and remembering which
/// fields were read so that any other one is reported as unknown (a typo in a migration file must not pass silently).
/// </summary>
internal sealed class JsonFields
{
    private readonly JsonElement _element;
    private readonly RecordLocation _at;
    private readonly ImportErrorList _errors;
    private readonly string _prefix;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    private JsonFields(JsonElement element, RecordLocation at, ImportErrorList errors, string prefix)
    {
        _element = element;
        _at = at;
        _errors = errors;
        _prefix = prefix;
    }

    /// <summary>The fields of a record, or null (and an error) when the element is not an object.</summary>
    public static JsonFields? Of(JsonElement element, RecordLocation at, ImportErrorList errors, string prefix = "")
    {
        if (element.ValueKind == JsonValueKind.Object)
            return new JsonFields(element, at, errors, prefix);
        errors.Add(at, prefix.Length == 0 ? null : prefix.TrimEnd('.'), "json.not-object", "A record must be a JSON object.");
        return null;
    }

    /// <summary>The record's source id when it is a string, read before the location is known.</summary>
    public static string? PeekSourceId(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("sourceId", out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public string? Text(string name)
    {
        if (Get(name, JsonValueKind.String, "a string") is not { } value)
            return null;
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate ("\ud800") is valid JSON but no text.
            Error(name, "text.invalid", "is not valid Unicode text (a lone surrogate escape)");
            return null;
        }
    }

    public decimal? Number(string name)
    {
        if (Get(name, JsonValueKind.Number, "a number") is not { } value)
            return null;
        if (!value.TryGetDecimal(out var number))
        {
            Error(name, "json.number", "is out of range for a decimal");
            return null;
        }
        // A decimal keeps 28 significant digits: more would be rounded silently.
        if (DecimalText.IsExact(value.GetRawText(), number))
            return number;
        _errors.Unreadable(_at, _prefix + name, "number.precision", $"{_prefix}{name} {DecimalText.NotExact(value.GetRawText())}.");
        return null;
    }

    /// <summary>A number that must be present (a missing one is reported as required).</summary>
    public decimal? RequiredNumber(string name) => Require(name) ? Number(name) : null;

    /// <summary>A choice that must be present (a missing one is reported as required).</summary>
    public T? RequiredChoice<T>(string name, IReadOnlyDictionary<string, T> names) where T : struct =>
        Require(name) ? Choice(name, names) : null;

    public int? Integer(string name)
    {
        if (Get(name, JsonValueKind.Number, "a whole number") is not { } value)
            return null;
        if (value.TryGetInt32(out var number))
            return number;
        Error(name, "json.integer", "must be a whole number");
        return null;
    }

    public bool? Flag(string name)
    {
        if (!TryGet(name, out var value))
            return null;
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            return value.GetBoolean();
        Error(name, "json.type", "must be true or false");
        return null;
    }

    /// <summary>A date written <c>yyyy-MM-dd</c>.</summary>
    public DateOnly? Date(string name)
    {
        var text = Text(name);
        if (text is null)
            return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (DateRules.IsInRange(date))
                return date;
            Error(name, "date.range", DateRules.OutOfRange(date));
            return null;
        }
        Error(name, "date.format", $"'{text}' is not a date written yyyy-MM-dd");
        return null;
    }

    /// <summary>One of the names in <paramref name="names"/>.</summary>
    public T? Choice<T>(string name, IReadOnlyDictionary<string, T> names) where T : struct
    {
        var text = Text(name);
        if (text is null)
            return null;
        if (names.TryGetValue(text, out var value))
            return value;
        Error(name, "value.unknown", $"'{text}' is not one of: {string.Join(", ", names.Keys)}");
        return null;
    }

    /// <summary>A nested object, read with the same checks.</summary>
    public JsonFields? Object(string name)
    {
        if (!TryGet(name, out var value))
            return null;
        if (value.ValueKind == JsonValueKind.Object)
            return new JsonFields(value, _at, _errors, _prefix + name + ".");
        Error(name, "json.type", "must be an object");
        return null;
    }

    /// <summary>The objects of an array field, each with its index.</summary>
    public IReadOnlyList<JsonFields> Objects(string name)
    {
        if (!TryGet(name, out var value))
            return [];
        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(name, "json.type", "must be an array");
            return [];
        }
        var list = new List<JsonFields>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"{_prefix}{name}[{index++}]");
            if (item.ValueKind == JsonValueKind.Object)
                list.Add(new JsonFields(item, _at, _errors, prefix + "."));
            else
                _errors.Unreadable(_at, prefix, "json.type", $"{prefix} must be an object.");
        }
        return list;
    }

    /// <summary>An array of strings (ids).</summary>
    public IReadOnlyList<string>? Texts(string name)
    {
        if (!TryGet(name, out var value))
            return null;
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            Error(name, "json.type", "must be an array of strings");
            return null;
        }
        return value.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    /// <summary>An object whose values are all strings (labels per language, plugin settings).</summary>
    public Dictionary<string, string>? TextMap(string name)
    {
        if (!TryGet(name, out var value))
            return null;
        if (value.ValueKind != JsonValueKind.Object)
        {
            Error(name, "json.type", "must be an object of strings");
            return null;
        }
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String)
                map[property.Name] = property.Value.GetString()!;
            else
                _errors.Unreadable(_at, $"{_prefix}{name}.{property.Name}", "json.type", $"{_prefix}{name}.{property.Name} must be a string.");
        }
        return map;
    }

    /// <summary>An object whose values are objects of strings (plugin id → key → value).</summary>
    public Dictionary<string, Dictionary<string, string>>? TextMaps(string name)
    {
        var outer = Object(name);
        if (outer is null)
            return null;
        var maps = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var property in outer._element.EnumerateObject())
            maps[property.Name] = outer.TextMap(property.Name) ?? new Dictionary<string, string>(StringComparer.Ordinal);
        return maps;
    }

    /// <summary>Reports every field that no reader asked for.</summary>
    public void RejectUnknown()
    {
        foreach (var property in _element.EnumerateObject())
        {
            if (!_known.Contains(property.Name))
                _errors.Unreadable(_at, _prefix + property.Name, "field.unknown", $"Unknown field '{_prefix}{property.Name}' (see docs/import-format.md).");
        }
    }

    private bool Require(string name)
    {
        if (_element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
            return true;
        _known.Add(name);
        _errors.Unreadable(_at, _prefix + name, "required", $"{_prefix}{name} is required.");
        return false;
    }

    private JsonElement? Get(string name, JsonValueKind kind, string what)
    {
        if (!TryGet(name, out var value))
            return null;
        if (value.ValueKind == kind)
            return value;
        Error(name, "json.type", "must be " + what);
        return null;
    }

    private bool TryGet(string name, out JsonElement value)
    {
        _known.Add(name);
        if (_element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
            return true;
        value = default;
        return false;
    }

    private void Error(string name, string code, string rule) =>
        _errors.Unreadable(_at, _prefix + name, code, $"{_prefix}{name} {rule}.");
}
