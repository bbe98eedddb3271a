using System.Text.Json;

namespace Facturation.Rendering.Documents;

/// <summary>
/// Turns a view into what a template engine receives: nested dictionaries (camelCase keys), lists, strings, numbers
/// and booleans — plain data with no method a template could call and no object behind it.
/// </summary>
public static class TemplateModel
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>The plain-data form of <paramref name="view"/>.</summary>
    /// <param name="view">A view record.</param>
    /// <returns>A dictionary tree.</returns>
    public static IReadOnlyDictionary<string, object?> From(object view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return (IReadOnlyDictionary<string, object?>)Plain(JsonSerializer.SerializeToElement(view, view.GetType(), Options))!;
    }

    private static object? Plain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Plain(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(Plain).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? whole : element.GetDecimal(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
