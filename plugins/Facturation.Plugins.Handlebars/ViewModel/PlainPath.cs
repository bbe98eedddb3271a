using System.Globalization;
using System.Text;

namespace Facturation.Plugins.Handlebars.ViewModel;

/// <summary>Where a value sits in the view model (<c>lines[2].label</c>), for error messages; built only when needed.</summary>
internal sealed class PlainPath
{
    private readonly PlainPath? _parent;
    private readonly string? _member;
    private readonly int _index;

    private PlainPath(PlainPath? parent, string? member, int index)
    {
        _parent = parent;
        _member = member;
        _index = index;
    }

    /// <summary>The view model itself.</summary>
    public static PlainPath Root { get; } = new(null, null, -1);

    public PlainPath Member(string name) => new(this, name, -1);

    public PlainPath Element(int index) => new(this, null, index);

    public override string ToString()
    {
        if (_parent is null)
        {
            return "the view model";
        }

        var segments = new Stack<PlainPath>();
        for (var path = this; path._parent is not null; path = path._parent)
        {
            segments.Push(path);
        }

        var text = new StringBuilder();
        foreach (var segment in segments)
        {
            if (segment._member is not null)
            {
                text.Append(text.Length > 0 ? "." : string.Empty).Append(segment._member);
            }
            else
            {
                text.Append('[').Append(segment._index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        return "'" + text + "'";
    }
}
