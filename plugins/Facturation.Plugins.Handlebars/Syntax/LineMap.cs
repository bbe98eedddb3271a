namespace Facturation.Plugins.Handlebars.Syntax;

/// <summary>Turns an offset in a template text into the 1-based line and column shown to the admin.</summary>
internal sealed class LineMap
{
    private readonly List<int> _lineStarts = [0];

    public LineMap(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>1-based line and column of an offset (columns count UTF-16 characters, a tab is one).</summary>
    public (int Line, int Column) Locate(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>Offset of a 0-based line and column, clamped to the text.</summary>
    public int OffsetOf(int zeroBasedLine, int zeroBasedColumn)
    {
        var line = Math.Clamp(zeroBasedLine, 0, _lineStarts.Count - 1);
        return _lineStarts[line] + Math.Max(0, zeroBasedColumn);
    }
}
