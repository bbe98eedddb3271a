using System.Globalization;
using Facturation.Application.Common;
using Facturation.Application.Interchange.Model;

namespace Facturation.Application.Interchange.Reading;

/// <summary>The cells of one CSV record by column name; an empty cell is a missing value. Numbers use a dot.</summary>
internal sealed class CsvCells(CsvHeader header, CsvRow row, RecordLocation at, ImportErrorList errors)
{
    public RecordLocation At => at;

    public string? Text(string name) =>
        header.IndexOf(name) is { } index && index < row.Cells.Count && row.Cells[index].Length > 0 ? row.Cells[index] : null;

    public void Required(string name) =>
        errors.Unreadable(at, name, "required", $"{name} is required.");

    public decimal? Number(string name)
    {
        var text = Text(name);
        if (text is null)
            return null;
        if (DecimalText.TryParse(text, out var number))
            return number;
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
            errors.Unreadable(at, name, "number.precision", $"{name} {DecimalText.NotExact(text)}.");
        else
            errors.Unreadable(at, name, "csv.number", $"{name} '{text}' is not a number (digits with a dot for decimals, e.g. 12.50).");
        return null;
    }

    public int? Integer(string name)
    {
        var text = Text(name);
        if (text is null)
            return null;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            return number;
        errors.Unreadable(at, name, "csv.integer", $"{name} '{text}' is not a whole number.");
        return null;
    }

    public bool? Flag(string name)
    {
        var text = Text(name);
        if (text is null)
            return null;
        if (bool.TryParse(text, out var flag))
            return flag;
        errors.Unreadable(at, name, "csv.boolean", $"{name} '{text}' must be true or false.");
        return null;
    }

    public T? Choice<T>(string name, IReadOnlyDictionary<string, T> names) where T : struct
    {
        var text = Text(name);
        if (text is null)
            return null;
        if (names.TryGetValue(text, out var value))
            return value;
        errors.Unreadable(at, name, "value.unknown", $"{name} '{text}' is not one of: {string.Join(", ", names.Keys)}.");
        return null;
    }
}
