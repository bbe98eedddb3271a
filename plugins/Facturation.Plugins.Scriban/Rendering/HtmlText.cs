using System.Buffers;
using System.Text;

namespace Facturation.Plugins.Scriban.Rendering;

/// <summary>
/// HTML escaping of printed values: <c>&amp; &lt; &gt; " ' ` =</c>, the characters the Handlebars plugin escapes, the
/// same way (so the same layout prints the same bytes with either engine). Safe in text and in quoted attributes.
/// </summary>
internal static class HtmlText
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'`=");

    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAny(Special);
        if (first < 0)
            return text;
        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        foreach (var character in text.AsSpan(first))
        {
            _ = character switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' => escaped.Append("&quot;"),
                '\'' => escaped.Append("&#x27;"),
                '`' => escaped.Append("&#x60;"),
                '=' => escaped.Append("&#x3D;"),
                _ => escaped.Append(character),
            };
        }
        return escaped.ToString();
    }
}
