using System.Collections;
using System.Globalization;

namespace Facturation.Plugins.Scriban.ViewModel;

/// <summary>
/// Copies a view model into what Scriban sees: objects (<see cref="PlainMap"/>), lists and scalars. Templates never reach the
/// caller's objects, so no method, type or service is reachable, and what a template assigns stays in its own copy.
/// Dictionaries keep their keys; records and other objects give their public instance properties and fields under
/// camelCase names (<c>LogoDataUri</c> → <c>logoDataUri</c>, as the host's view model is written).
/// </summary>
internal static class PlainModel
{
    /// <summary>Deepest nesting of the view model (a reference cycle reaches it).</summary>
    public const int MaxDepth = 64;

    public static PlainMap Root(object viewModel)
    {
        ArgumentNullException.ThrowIfNull(viewModel);
        return Copy(viewModel, "model", 0) as PlainMap
            ?? throw new ViewModelException($"The view model is a {viewModel.GetType().Name}: it must be an object or a dictionary with text keys.");
    }

    private static object? Copy(object? value, string path, int depth)
    {
        if (depth > MaxDepth)
            throw new ViewModelException($"The view model nests deeper than {MaxDepth} levels at '{path}' (a reference cycle?).");
        switch (value)
        {
            case null:
                return null;
            case string or bool or int or long or decimal or double or float or short or byte or sbyte or ushort or uint or ulong:
                return value;
            case char character:
                return character.ToString();
            case Enum:
                return value.ToString();
            case DateOnly date:
                return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case DateTime or DateTimeOffset or TimeOnly or TimeSpan or Guid:
                return ((IFormattable)value).ToString(value is TimeSpan ? "c" : value is Guid ? "D" : "O", CultureInfo.InvariantCulture);
        }
        // The host's view model (TemplateModel) is made of these two: plain by construction.
        if (value is Dictionary<string, object?> map)
            return FromDictionary(map, path, depth);
        if (value is List<object?> items)
            return FromList(items, path, depth);
        if (RefusedValues.Reason(value) is { } reason)
            throw new ViewModelException($"The view model value '{path}' is {reason} ({value.GetType().Name}): a template sees plain data only.");
        if (value is IDictionary dictionary)
            return FromDictionary(dictionary, path, depth);
        if (value is IEnumerable list)
            return FromList(list, path, depth);
        var members = PublicMembers.Of(value.GetType());
        var copy = new PlainMap(members.Count);
        foreach (var member in members)
        {
            object? read;
            try
            {
                read = member.Read(value);
            }
#pragma warning disable CA1031 // A property getter that throws makes the view model unusable: named, never crashing the render.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                throw new ViewModelException($"Reading '{path}.{member.Name}' failed: {exception.Message}", exception);
            }
            copy[member.Name] = Copy(read, $"{path}.{member.Name}", depth + 1);
        }
        return copy;
    }

    private static PlainMap FromDictionary(IDictionary dictionary, string path, int depth)
    {
        var copy = new PlainMap(dictionary.Count);
        foreach (DictionaryEntry entry in dictionary)
        {
            if (entry.Key is not string key)
                throw new ViewModelException($"The view model dictionary '{path}' has a {entry.Key.GetType().Name} key: keys must be texts.");
            copy[key] = Copy(entry.Value, $"{path}.{key}", depth + 1);
        }
        return copy;
    }

    private static List<object?> FromList(IEnumerable list, string path, int depth)
    {
        var copy = list is ICollection collection ? new List<object?>(collection.Count) : [];
        var index = 0;
        foreach (var item in list)
        {
            copy.Add(Copy(item, $"{path}[{index}]", depth + 1));
            index++;
        }
        return copy;
    }
}
