using System.Text;

namespace Facturation.Host.Cli.Common;

/// <summary>A plain-text table: columns padded to their widest cell, amounts right-aligned.</summary>
/// <param name="headers">Column headers.</param>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];
    private readonly HashSet<int> _rightAligned = [];

    public int Count => _rows.Count;

    public TextTable AlignRight(params int[] columns)
    {
        _rightAligned.UnionWith(columns);
        return this;
    }

    public void Add(params string?[] cells) => _rows.Add(cells.Select(c => c ?? "-").ToArray());

    public string Render(string indent = "", bool withHeader = true)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        var text = new StringBuilder();
        foreach (var row in withHeader ? _rows.Prepend(headers) : _rows)
        {
            var cells = row.Select((cell, i) => _rightAligned.Contains(i) ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
            text.Append(indent).AppendLine(string.Join("  ", cells).TrimEnd());
        }
        return text.ToString();
    }
}
