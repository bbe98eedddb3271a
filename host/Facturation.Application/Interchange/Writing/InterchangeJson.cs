using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Facturation.Domain.Parties;

namespace Facturation.Application.Interchange.Writing;

/// <summary>
/// The one way the interchange format is written, so that the same data always gives the same bytes: two-space
/// indentation, LF line ends, fields in the documented order, absent values left out, numbers without trailing zeros,
/// dates <c>yyyy-MM-dd</c>, maps sorted by key, non-ASCII text as is (UTF-8).
/// </summary>
internal static class InterchangeJson
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        // The output is a data file, never embedded in HTML: keep accents readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Text(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
            writer.WriteString(name, value);
    }

    public static void Number(this Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } number)
            writer.WriteNumber(name, Normalize(number));
    }

    public static void Integer(this Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
            writer.WriteNumber(name, number);
    }

    public static void Date(this Utf8JsonWriter writer, string name, DateOnly? value)
    {
        if (value is { } date)
            writer.WriteString(name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    public static void TrueOnly(this Utf8JsonWriter writer, string name, bool value)
    {
        if (value)
            writer.WriteBoolean(name, true);
    }

    public static void Map(this Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, string>? map)
    {
        if (map is null || map.Count == 0)
            return;
        writer.WriteStartObject(name);
        foreach (var (key, value) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
            writer.WriteString(key, value);
        writer.WriteEndObject();
    }

    public static void Address(this Utf8JsonWriter writer, string name, Address? address)
    {
        if (address is null)
            return;
        writer.WriteStartObject(name);
        writer.WriteString("line1", address.Line1);
        writer.Text("line2", address.Line2);
        writer.Text("line3", address.Line3);
        writer.WriteString("postCode", address.PostCode);
        writer.WriteString("city", address.City);
        writer.WriteString("country", address.Country);
        writer.WriteEndObject();
    }

    /// <summary>The text one record writes, alone (to compare a file record with the stored one).</summary>
    public static string Of(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
            write(writer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    // The database may hand back 100.0 for 100: the file writes the value, not the scale it was stored with.
    private static decimal Normalize(decimal value) =>
        decimal.Parse(value.ToString("0.############################", CultureInfo.InvariantCulture), NumberStyles.Number, CultureInfo.InvariantCulture);
}
