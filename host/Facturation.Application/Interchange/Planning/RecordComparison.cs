using System.Text.Json;
using Facturation.Application.Interchange.Model;
using Facturation.Application.Interchange.Writing;

namespace Facturation.Application.Interchange.Planning;

/// <summary>
/// Compares a file record with the stored record of the same source id through the text export would write for each:
/// identical means skipped; any difference is a conflict naming the fields that differ (never a silent overwrite).
/// </summary>
internal static class RecordComparison
{
    /// <returns>True when identical; otherwise reports the conflict and returns false.</returns>
    public static bool Same(Action<Utf8JsonWriter> incoming, Action<Utf8JsonWriter> stored, RecordLocation at, ImportErrorList errors)
    {
        var a = InterchangeJson.Of(incoming);
        var b = InterchangeJson.Of(stored);
        if (string.Equals(a, b, StringComparison.Ordinal))
            return true;
        var fields = Differences(a, b);
        errors.Add(at, fields.Count == 1 ? fields[0] : null, "sourceId.conflict",
            $"A record with sourceId '{at.SourceId}' was already imported with different data ({string.Join(", ", fields)}); "
            + "import does not overwrite: change it in the program, or give the record a new sourceId.");
        return false;
    }

    private static List<string> Differences(string a, string b)
    {
        using var left = JsonDocument.Parse(a);
        using var right = JsonDocument.Parse(b);
        var l = left.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText(), StringComparer.Ordinal);
        var r = right.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText(), StringComparer.Ordinal);
        return l.Keys.Union(r.Keys, StringComparer.Ordinal)
            .Where(k => !string.Equals(l.GetValueOrDefault(k), r.GetValueOrDefault(k), StringComparison.Ordinal))
            .ToList();
    }
}
