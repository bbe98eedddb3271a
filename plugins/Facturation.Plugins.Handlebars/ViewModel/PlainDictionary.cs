using System.Collections;
using System.Globalization;
using Facturation.Plugins.Handlebars.Rendering;

namespace Facturation.Plugins.Handlebars.ViewModel;

/// <summary>A dictionary with string keys, read by key.</summary>
internal sealed class PlainDictionary(IDictionary dictionary, RenderBudget budget, PlainPath path) : PlainMap(budget, path)
{
    private string[]? _names;

    protected override IReadOnlyCollection<string> Names =>
        _names ??= [.. dictionary.Keys.Cast<object>().Select(key => Convert.ToString(key, CultureInfo.InvariantCulture) ?? string.Empty)];

    protected override bool Has(string key) => dictionary.Contains(key);

    protected override bool TryRead(string key, out object? value, out string name)
    {
        name = key;
        if (!dictionary.Contains(key))
        {
            value = null;
            return false;
        }

        value = dictionary[key];
        return true;
    }
}
