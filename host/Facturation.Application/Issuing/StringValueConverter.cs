using System.Text.Json;
using System.Text.Json.Serialization;

namespace Facturation.Application.Issuing;

/// <summary>Writes an SDK code type (currency, country, unit, tax class) as its plain string and reads it back through its validating constructor.</summary>
/// <typeparam name="T">The code type.</typeparam>
/// <param name="create">Constructor from the string.</param>
/// <param name="value">The string of a value.</param>
internal sealed class StringValueConverter<T>(Func<string, T> create, Func<T, string> value) : JsonConverter<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        create(reader.GetString() ?? throw new JsonException($"{typeof(T).Name} cannot be null."));

    public override void Write(Utf8JsonWriter writer, T value1, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value(value1));
    }
}
