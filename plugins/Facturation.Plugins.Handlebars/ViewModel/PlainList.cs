using System.Collections;
using Facturation.Plugins.Handlebars.Rendering;

namespace Facturation.Plugins.Handlebars.ViewModel;

/// <summary>A list as Handlebars.Net sees it: read-only, by index, each element wrapped and counted against the budget.</summary>
internal sealed class PlainList(IList items, RenderBudget budget, PlainPath path) : IReadOnlyList<object?>
{
    /// <summary>Where this list sits in the view model.</summary>
    internal PlainPath Path { get; } = path;

    int IReadOnlyCollection<object?>.Count => items.Count;

    object? IReadOnlyList<object?>.this[int index] => Get(index);

    IEnumerator<object?> IEnumerable<object?>.GetEnumerator() => Elements().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Elements().GetEnumerator();

    private object? Get(int index)
    {
        budget.Check();
        return PlainData.Wrap(items[index], budget, Path, null, index);
    }

    private IEnumerable<object?> Elements()
    {
        for (var index = 0; index < items.Count; index++)
        {
            yield return Get(index);
        }
    }
}
