using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Facturation.Plugins.Handlebars.Rendering;

namespace Facturation.Plugins.Handlebars.ViewModel;

/// <summary>
/// A record or dictionary as Handlebars.Net sees it: a read-only string-keyed dictionary. The interface is implemented
/// explicitly so that the wrapper itself has no public member Handlebars.Net could read by reflection.
/// </summary>
internal abstract class PlainMap(RenderBudget budget, PlainPath path) : IReadOnlyDictionary<string, object?>
{
    /// <summary>Where this object sits in the view model.</summary>
    internal PlainPath Path { get; } = path;

    protected abstract IReadOnlyCollection<string> Names { get; }

    IEnumerable<string> IReadOnlyDictionary<string, object?>.Keys => Names;

    IEnumerable<object?> IReadOnlyDictionary<string, object?>.Values => Entries().Select(entry => entry.Value);

    int IReadOnlyCollection<KeyValuePair<string, object?>>.Count => Names.Count;

    object? IReadOnlyDictionary<string, object?>.this[string key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    bool IReadOnlyDictionary<string, object?>.ContainsKey(string key) => Has(key);

    bool IReadOnlyDictionary<string, object?>.TryGetValue(string key, [MaybeNullWhen(false)] out object? value) =>
        TryGetValue(key, out value);

    IEnumerator<KeyValuePair<string, object?>> IEnumerable<KeyValuePair<string, object?>>.GetEnumerator() => Entries().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Entries().GetEnumerator();

    /// <summary>Whether the object has this member or key.</summary>
    protected abstract bool Has(string key);

    /// <summary>Reads a member or key as the caller's value, with the name it really has.</summary>
    protected abstract bool TryRead(string key, out object? value, out string name);

    private bool TryGetValue(string key, out object? value)
    {
        budget.Check();
        if (!TryRead(key, out var raw, out var name))
        {
            value = null;
            return false;
        }

        value = PlainData.Wrap(raw, budget, Path, name, -1);
        return true;
    }

    private IEnumerable<KeyValuePair<string, object?>> Entries()
    {
        foreach (var name in Names)
        {
            TryGetValue(name, out var value);
            yield return KeyValuePair.Create(name, value);
        }
    }
}
