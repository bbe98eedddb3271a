using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Facturation.Plugins.Handlebars.Rendering;

namespace Facturation.Plugins.Handlebars.ViewModel;

/// <summary>
/// Shows a view model to Handlebars.Net as plain data only: scalars as they are, enumerations as their name, and
/// read-only wrappers for records, dictionaries and lists. Handlebars.Net never sees the caller's objects, so it
/// cannot reach their methods or any member this class does not expose; and every read counts against the render's
/// time budget, so even a loop that writes nothing stops in time.
/// </summary>
internal static class PlainData
{
    private static readonly ConcurrentDictionary<Type, TypeShape> Shapes = new();

    /// <summary>The view model of a render.</summary>
    public static object? Root(object? viewModel, RenderBudget budget) => Wrap(viewModel, budget, PlainPath.Root, null, -1);

    /// <summary>A value read from a record or dictionary (<paramref name="member"/>) or a list (<paramref name="index"/>).</summary>
    public static object? Wrap(object? value, RenderBudget budget, PlainPath parent, string? member, int index)
    {
        if (value is null)
        {
            return null;
        }

        var shape = Shapes.GetOrAdd(value.GetType(), TypeShape.Of);
        switch (shape.Kind)
        {
            case ShapeKind.Scalar:
                return value;
            case ShapeKind.Enumeration:
                return value.ToString();
            default:
                var path = member is not null ? parent.Member(member) : index >= 0 ? parent.Element(index) : parent;
                return shape.Kind switch
                {
                    ShapeKind.Dictionary => new PlainDictionary((IDictionary)value, budget, path),
                    ShapeKind.KeyValuePairs => new PlainDictionary(CopyPairs(value, shape.Pair!.Value, budget), budget, path),
                    ShapeKind.List => new PlainList((IList)value, budget, path),
                    ShapeKind.Collection => new PlainList(CopyItems((IEnumerable)value, budget), budget, path),
                    ShapeKind.Record => new PlainObject(value, shape.Members!, budget, path),
                    _ => throw new RenderAbortedException(
                        $"{path} is a {value.GetType()}, which is {shape.Reason}: a view model holds only records, lists, "
                        + "dictionaries, strings, numbers, dates and booleans."),
                };
        }
    }

    private static Dictionary<string, object?> CopyPairs(object dictionary, (PropertyInfo Key, PropertyInfo Value) pair, RenderBudget budget)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var entry in (IEnumerable)dictionary)
        {
            budget.Check();
            copy[(string)pair.Key.GetValue(entry)!] = pair.Value.GetValue(entry);
        }

        return copy;
    }

    private static List<object?> CopyItems(IEnumerable items, RenderBudget budget)
    {
        var copy = new List<object?>();
        foreach (var item in items)
        {
            budget.Check();
            copy.Add(item);
        }

        return copy;
    }
}
