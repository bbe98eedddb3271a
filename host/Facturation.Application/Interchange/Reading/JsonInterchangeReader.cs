using System.Text.Json;
using Facturation.Application.Interchange.Model;

namespace Facturation.Application.Interchange.Reading;

/// <summary>
/// Reads a JSON interchange file: the envelope (<c>format</c>, <c>version</c>) and the four importable sections; the
/// read-only <c>issued</c> section is counted and ignored. Depth is limited, comments and trailing commas refused.
/// </summary>
internal static class JsonInterchangeReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        MaxDepth = InterchangeLimits.MaxJsonDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        AllowDuplicateProperties = false,
    };

    private static readonly HashSet<string> Sections = new(StringComparer.Ordinal)
    {
        "format", "version", RecordKinds.Companies, RecordKinds.Customers, RecordKinds.Items, RecordKinds.Documents, RecordKinds.Issued,
    };

    public static InterchangeContent Read(ReadOnlyMemory<byte> utf8, string? defaultCompany, ImportErrorList errors)
    {
        JsonDocument document;
        try
        {
            // Repeated field names are refused here (AllowDuplicateProperties), at any depth.
            document = JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException ex)
        {
            errors.File("json.invalid", "The file is not valid JSON: " + ex.Message, (int?)ex.LineNumber + 1);
            return new InterchangeContent();
        }
        using (document)
            return Read(document.RootElement, defaultCompany, errors);
    }

    private static InterchangeContent Read(JsonElement root, string? defaultCompany, ImportErrorList errors)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.File("json.not-object", "The file must hold one JSON object (see docs/import-format.md).");
            return new InterchangeContent();
        }
        CheckEnvelope(root, errors);
        return new InterchangeContent
        {
            Companies = Section(root, RecordKinds.Companies, errors, (e, i) => JsonCompanyParser.Parse(e, i, errors)),
            Customers = Section(root, RecordKinds.Customers, errors, (e, i) => JsonCustomerParser.Parse(e, i, defaultCompany, errors)),
            Items = Section(root, RecordKinds.Items, errors, (e, i) => JsonItemParser.Parse(e, i, defaultCompany, errors)),
            Documents = Section(root, RecordKinds.Documents, errors, (e, i) => JsonDocumentParser.Parse(e, i, defaultCompany, errors)),
            IgnoredIssued = IssuedCount(root, errors),
        };
    }

    private static void CheckEnvelope(JsonElement root, ImportErrorList errors)
    {
        foreach (var property in root.EnumerateObject().Where(p => !Sections.Contains(p.Name)))
            errors.File("field.unknown", $"Unknown top-level field '{property.Name}' (expected: {string.Join(", ", Sections)}).");
        if (root.TryGetProperty("format", out var format) && (format.ValueKind != JsonValueKind.String || format.GetString() != InterchangeLimits.FormatName))
            errors.File("format.unknown", $"format must be \"{InterchangeLimits.FormatName}\".");
        if (!root.TryGetProperty("version", out var version))
            errors.File("version.required", $"version is required (this program reads version {InterchangeLimits.FormatVersion}).");
        else if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number != InterchangeLimits.FormatVersion)
            errors.File("version.unsupported", $"version {version.GetRawText()} is not supported (this program reads version {InterchangeLimits.FormatVersion}).");
    }

    private static List<T> Section<T>(JsonElement root, string name, ImportErrorList errors, Func<JsonElement, int, T?> parse) where T : class
    {
        var list = new List<T>();
        if (!root.TryGetProperty(name, out var section) || section.ValueKind == JsonValueKind.Null)
            return list;
        if (section.ValueKind != JsonValueKind.Array)
        {
            errors.File("json.type", $"'{name}' must be an array.");
            return list;
        }
        var index = 0;
        foreach (var element in section.EnumerateArray())
        {
            if (parse(element, index++) is { } record)
                list.Add(record);
        }
        return list;
    }

    // The issued section is what `export json` writes for numbered documents: read-only, counted, never imported.
    private static int IssuedCount(JsonElement root, ImportErrorList errors)
    {
        if (!root.TryGetProperty(RecordKinds.Issued, out var issued) || issued.ValueKind == JsonValueKind.Null)
            return 0;
        if (issued.ValueKind == JsonValueKind.Array)
            return issued.GetArrayLength();
        errors.File("json.type", $"'{RecordKinds.Issued}' must be an array.");
        return 0;
    }
}
