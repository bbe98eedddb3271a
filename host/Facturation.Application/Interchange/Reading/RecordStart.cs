using System.Text.Json;
using Facturation.Application.Interchange.Model;

namespace Facturation.Application.Interchange.Reading;

/// <summary>The fields every record has: its source id (required) and, below companies, its company code.</summary>
internal static class RecordStart
{
    /// <summary>Longest source id kept.</summary>
    public const int MaxSourceIdLength = 200;

    public static (JsonFields? Fields, RecordLocation At) Open(JsonElement element, string kind, int index, ImportErrorList errors)
    {
        var at = new RecordLocation(kind, index, null, JsonFields.PeekSourceId(element));
        var fields = JsonFields.Of(element, at, errors);
        if (fields is null)
            return (null, at);
        var sourceId = fields.Text("sourceId");
        // A sourceId of the wrong type is already reported as such.
        var wrongType = sourceId is null && element.TryGetProperty("sourceId", out var raw) && raw.ValueKind is not JsonValueKind.Null;
        if (!wrongType)
            CheckSourceId(sourceId, at, errors);
        return (fields, at);
    }

    public static void CheckSourceId(string? sourceId, RecordLocation at, ImportErrorList errors)
    {
        if (string.IsNullOrWhiteSpace(sourceId))
            errors.Add(at, "sourceId", "sourceId.required", "sourceId (the record's id in the old system) is required.");
        else if (sourceId.Length > MaxSourceIdLength || sourceId.Trim().Length != sourceId.Length)
            errors.Add(at, "sourceId", "sourceId.format", $"sourceId must be 1 to {MaxSourceIdLength} characters without leading or trailing spaces.");
    }

    public static string CompanyCode(string? given, string? fallback, RecordLocation at, ImportErrorList errors)
    {
        if (!string.IsNullOrWhiteSpace(given))
            return given;
        if (!string.IsNullOrWhiteSpace(fallback))
            return fallback;
        errors.Add(at, "companyCode", "company.required", "companyCode is required (or give --company for records that name none).");
        return "";
    }
}
