using System.Text;
using Facturation.Application.Interchange.Model;

namespace Facturation.Application.Interchange.Reading;

/// <summary>
/// Reads a CSV file of customers or of items for one company: UTF-8, a header row, RFC 4180 quoting. The header tells
/// the kind: a <c>name</c> column means customers, a <c>description</c> column means items.
/// </summary>
internal static class CsvInterchangeReader
{
    /// <summary>Reads the file's content, already checked to be UTF-8 (without its byte-order mark).</summary>
    public static InterchangeContent Read(ReadOnlyMemory<byte> utf8, string? companyCode, ImportErrorList errors)
    {
        var text = Encoding.UTF8.GetString(utf8.Span);
        if (string.IsNullOrWhiteSpace(companyCode))
            errors.File("company.required", "A CSV file holds the customers or items of one company: give --company.");
        var rows = CsvTokenizer.Read(text, errors);
        if (rows.Count == 0)
        {
            errors.File("csv.header-missing", "The file is empty: a header row naming the columns is required.");
            return new InterchangeContent();
        }
        var names = rows[0].Cells.Select(c => c.Trim()).ToList();
        var customers = names.Contains("name", StringComparer.OrdinalIgnoreCase);
        var items = names.Contains("description", StringComparer.OrdinalIgnoreCase);
        if (customers == items)
        {
            errors.File("csv.kind-unknown", "Cannot tell the kind of the file from its header: a customers CSV has a 'name' column, an items CSV a 'description' column (not both).", 1);
            return new InterchangeContent();
        }
        var company = companyCode ?? "";
        var found = errors.All.Count;
        var header = customers
            ? CsvHeader.Read(rows[0], CsvCustomerParser.Columns, null, CsvCustomerParser.Required, errors)
            : CsvHeader.Read(rows[0], CsvItemParser.Columns, CsvItemParser.UnitLabelPrefix, CsvItemParser.Required, errors);
        // With a wrong header every row would repeat the same error: the header's errors are enough.
        if (errors.All.Count > found)
            return new InterchangeContent();
        return customers
            ? new InterchangeContent { Customers = Records(rows, header, RecordKinds.Customers, errors, cells => CsvCustomerParser.Parse(cells, company)) }
            : new InterchangeContent { Items = Records(rows, header, RecordKinds.Items, errors, cells => CsvItemParser.Parse(cells, header, company)) };
    }

    private static List<T> Records<T>(List<CsvRow> rows, CsvHeader header, string kind, ImportErrorList errors, Func<CsvCells, T> parse)
    {
        var records = new List<T>();
        for (var i = 1; i < rows.Count; i++)
        {
            var row = rows[i];
            var sourceIndex = header.IndexOf("sourceId");
            var sourceId = sourceIndex is { } s && s < row.Cells.Count && row.Cells[s].Length > 0 ? row.Cells[s] : null;
            var at = new RecordLocation(kind, i - 1, row.Line, sourceId);
            if (row.Cells.Count != header.Count)
            {
                errors.Add(at, null, "csv.cell-count", $"The row has {row.Cells.Count} cells; the header has {header.Count}.");
                continue;
            }
            RecordStart.CheckSourceId(sourceId, at, errors);
            records.Add(parse(new CsvCells(header, row, at, errors)));
        }
        return records;
    }
}
