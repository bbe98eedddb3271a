using Facturation.Application.Interchange.Model;

namespace Facturation.Application.Interchange.Reading;

/// <summary>
/// The header row of a CSV file: column names matched case-insensitively to the documented ones (and to a prefix
/// such as <c>unitLabels.</c> followed by a language), unknown and repeated columns reported.
/// </summary>
internal sealed class CsvHeader
{
    private readonly Dictionary<string, int> _columns;

    private CsvHeader(Dictionary<string, int> columns, int count)
    {
        _columns = columns;
        Count = count;
    }

    public int Count { get; }

    public IEnumerable<string> Names => _columns.Keys;

    public static CsvHeader Read(CsvRow row, IReadOnlyList<string> known, string? openPrefix, IReadOnlyList<string> required, ImportErrorList errors)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var given = row.Cells[i].Trim();
            var name = known.FirstOrDefault(k => string.Equals(k, given, StringComparison.OrdinalIgnoreCase))
                ?? (openPrefix is not null && given.Length > openPrefix.Length && given.StartsWith(openPrefix, StringComparison.OrdinalIgnoreCase)
                    ? openPrefix + given[openPrefix.Length..]
                    : null);
            if (name is null)
                errors.File("csv.column-unknown", $"Unknown column '{given}' (known: {string.Join(", ", known)}{(openPrefix is null ? "" : $", {openPrefix}<language>")}).", row.Line);
            else if (!columns.TryAdd(name, i))
                errors.File("csv.column-repeated", $"Column '{name}' appears twice.", row.Line);
        }
        foreach (var missing in required.Where(r => !columns.ContainsKey(r)))
            errors.File("csv.column-missing", $"Column '{missing}' is required.", row.Line);
        return new CsvHeader(columns, row.Cells.Count);
    }

    public int? IndexOf(string name) => _columns.TryGetValue(name, out var index) ? index : null;
}
