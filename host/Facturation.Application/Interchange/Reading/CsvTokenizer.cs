using System.Text;
using Facturation.Application.Interchange.Model;

namespace Facturation.Application.Interchange.Reading;

/// <summary>
/// Splits RFC 4180 text into records: comma-separated cells, a cell in double quotes may hold commas, line breaks and
/// doubled quotes (<c>""</c>); CRLF or LF ends a record; blank lines are skipped. Malformed quoting is reported with
/// its line and the record is dropped.
/// </summary>
internal static class CsvTokenizer
{
    public static List<CsvRow> Read(string text, ImportErrorList errors)
    {
        var rows = new List<CsvRow>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var start = 1;
        var broken = false;
        var i = 0;
        while (i <= text.Length)
        {
            if (i == text.Length || text[i] is '\r' or '\n')
            {
                cells.Add(cell.ToString());
                cell.Clear();
                if (!broken && !(cells.Count == 1 && cells[0].Length == 0))
                    rows.Add(new CsvRow(start, cells.ToArray()));
                cells.Clear();
                broken = false;
                i += i + 1 < text.Length && text[i] == '\r' && text[i + 1] == '\n' ? 2 : 1;
                start = ++line;
                continue;
            }
            if (text[i] == '"' && cell.Length == 0)
            {
                i = Quoted(text, i + 1, cell, ref line, out var closed);
                if (!closed)
                {
                    errors.File("csv.quote-unclosed", "A quoted cell is not closed before the end of the file.", start);
                    return rows;
                }
                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    errors.File("csv.quote", "A closing quote must be followed by a comma or the end of the line (write \"\" for a quote inside a quoted cell).", line);
                    broken = true;
                    i = SkipToEndOfLine(text, i);
                }
                continue;
            }
            if (text[i] == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (text[i] == '"')
            {
                errors.File("csv.quote", "A quote inside an unquoted cell: quote the whole cell and double the quote (\"\").", line);
                broken = true;
                i = SkipToEndOfLine(text, i);
                continue;
            }
            else
            {
                cell.Append(text[i]);
            }
            i++;
        }
        return rows;
    }

    // Reads a quoted cell from just after its opening quote; returns the index after the closing quote.
    private static int Quoted(string text, int i, StringBuilder cell, ref int line, out bool closed)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i += 2;
                    continue;
                }
                closed = true;
                return i + 1;
            }
            if (c == '\n')
                line++;
            cell.Append(c);
            i++;
        }
        closed = false;
        return i;
    }

    private static int SkipToEndOfLine(string text, int i)
    {
        while (i < text.Length && text[i] is not ('\r' or '\n'))
            i++;
        return i;
    }
}
