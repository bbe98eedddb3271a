using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Facturation.Persistence;

/// <summary>Maps a dictionary property to one JSON text column, with a comparer so edits are tracked.</summary>
internal static class JsonColumn
{
    public static ValueConverter<T, string> Converter<T>() where T : new() => new(
        value => JsonSerializer.Serialize(value, (JsonSerializerOptions?)null),
        text => string.IsNullOrEmpty(text) ? new T() : JsonSerializer.Deserialize<T>(text, (JsonSerializerOptions?)null) ?? new T());

    public static ValueComparer<T> Comparer<T>() where T : new() => new(
        (a, b) => JsonSerializer.Serialize(a, (JsonSerializerOptions?)null) == JsonSerializer.Serialize(b, (JsonSerializerOptions?)null),
        value => JsonSerializer.Serialize(value, (JsonSerializerOptions?)null).GetHashCode(StringComparison.Ordinal),
        value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, (JsonSerializerOptions?)null), (JsonSerializerOptions?)null) ?? new T());
}
