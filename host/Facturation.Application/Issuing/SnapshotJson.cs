using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;

namespace Facturation.Application.Issuing;

/// <summary>
/// The canonical text of an issued snapshot (what is hashed, stored and read back by renderers and exports):
/// System.Text.Json with declared property order, enums as names, no indentation.
/// </summary>
public static class SnapshotJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters =
        {
            new JsonStringEnumConverter(),
            new StringValueConverter<CurrencyCode>(v => new CurrencyCode(v), c => c.Value),
            new StringValueConverter<CountryCode>(v => new CountryCode(v), c => c.Value),
            new StringValueConverter<UnitCode>(v => new UnitCode(v), c => c.Value),
            new StringValueConverter<TaxClass>(v => new TaxClass(v), c => c.Value),
        },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Serializes a snapshot.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>Canonical JSON.</returns>
    public static string Serialize(DocumentSnapshot snapshot) => JsonSerializer.Serialize(snapshot, Options);

    /// <summary>Reads a stored snapshot.</summary>
    /// <param name="json">Canonical JSON.</param>
    /// <returns>The snapshot.</returns>
    public static DocumentSnapshot Deserialize(string json) =>
        JsonSerializer.Deserialize<DocumentSnapshot>(json, Options) ?? throw new JsonException("Empty snapshot.");

    /// <summary>SHA-256 of a text, lower-case hex.</summary>
    /// <param name="text">Text (hashed as UTF-8).</param>
    /// <returns>64 hex characters.</returns>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
