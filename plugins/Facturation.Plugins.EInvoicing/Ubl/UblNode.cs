using System.Globalization;
using System.Xml;
using Facturation.Sdk.Common;

namespace Facturation.Plugins.EInvoicing.Ubl;

/// <summary>
/// An element of a received UBL document with its path (e.g. <c>Invoice/cac:InvoiceLine[2]/cac:Price</c>). Values
/// that cannot be read (a malformed amount, date or code) are reported to <see cref="Problems"/> with the path of
/// the element at fault and read as absent; nothing here throws on bad content.
/// </summary>
internal sealed class UblNode
{
    private static readonly NumberStyles DecimalStyle =
        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;
    private readonly XmlElement _element;
    private readonly XmlNamespaceManager _namespaces;

    private UblNode(XmlElement element, string path, XmlNamespaceManager namespaces, List<Problem> problems)
    {
        _element = element;
        _namespaces = namespaces;
        Path = path;
        Problems = problems;
    }

    /// <summary>The element's path from the root, for problems.</summary>
    public string Path { get; }

    /// <summary>Where unreadable values are reported.</summary>
    public List<Problem> Problems { get; }

    /// <summary>The node of a document's root element, with the <c>cac</c> and <c>cbc</c> prefixes bound.</summary>
    public static UblNode Root(XmlDocument document, List<Problem> problems)
    {
        var root = document.DocumentElement ?? throw new ArgumentException("The document has no root element.", nameof(document));
        var namespaces = new XmlNamespaceManager(document.NameTable);
        namespaces.AddNamespace("cac", UblNamespaces.Cac);
        namespaces.AddNamespace("cbc", UblNamespaces.Cbc);
        return new UblNode(root, root.LocalName, namespaces, problems);
    }

    /// <summary>The first element at the relative path <paramref name="name"/> (e.g. <c>cac:Party/cac:Contact</c>).</summary>
    public UblNode? Child(string name) =>
        _element.SelectSingleNode(name, _namespaces) is XmlElement child ? new UblNode(child, $"{Path}/{name}", _namespaces, Problems) : null;

    /// <summary>Every element at the relative path <paramref name="name"/>, each with its 1-based position in its path.</summary>
    public IReadOnlyList<UblNode> Children(string name)
    {
        var nodes = _element.SelectNodes(name, _namespaces);
        var children = new List<UblNode>();
        if (nodes is null)
            return children;
        foreach (var node in nodes)
        {
            if (node is XmlElement element)
                children.Add(new UblNode(element, $"{Path}/{name}[{children.Count + 1}]", _namespaces, Problems));
        }
        return children;
    }

    /// <summary>The element's own trimmed text, <see langword="null"/> when empty.</summary>
    public string? Value => string.IsNullOrWhiteSpace(_element.InnerText) ? null : _element.InnerText.Trim();

    /// <summary>The trimmed text at <paramref name="name"/>, <see langword="null"/> when absent or empty.</summary>
    public string? Text(string name) => Child(name)?.Value;

    /// <summary>An attribute of the element at <paramref name="name"/>, <see langword="null"/> when absent or empty.</summary>
    public string? Attribute(string name, string attribute)
    {
        var value = (_element.SelectSingleNode(name, _namespaces) as XmlElement)?.GetAttribute(attribute);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>The xs:decimal at <paramref name="name"/>; a malformed one is reported and read as absent.</summary>
    public decimal? Decimal(string name)
    {
        var text = Text(name);
        if (text is null)
            return null;
        if (decimal.TryParse(text, DecimalStyle, CultureInfo.InvariantCulture, out var value))
            return value;
        Report("einvoice.invalid-number", $"'{text}' is not a decimal number.", name);
        return null;
    }

    /// <summary>A mandatory amount: an absent or malformed one is reported and read as zero.</summary>
    public decimal Required(string name, string term)
    {
        if (Text(name) is null)
        {
            Report("einvoice.missing-value", $"{term} is missing.", name);
            return 0m;
        }
        return Decimal(name) ?? 0m;
    }

    /// <summary>The xs:boolean at <paramref name="name"/>: <see langword="true"/> for "true" or "1".</summary>
    public bool Flag(string name) => Text(name) is "true" or "1";

    /// <summary>The xs:date at <paramref name="name"/>; a malformed one is reported and read as absent.</summary>
    public DateOnly? Date(string name)
    {
        var text = Text(name);
        if (text is null)
            return null;
        // xs:date may carry a time zone (Z, +01:00): the calendar date is the first ten characters.
        var day = text.Length > 10 && text[10] is 'Z' or '+' or '-' ? text[..10] : text;
        if (DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        Report("einvoice.invalid-date", $"'{text}' is not a date (yyyy-MM-dd).", name);
        return null;
    }

    /// <summary>Reports a problem with the element at <paramref name="name"/> (or this element when null).</summary>
    public void Report(string code, string message, string? name = null) =>
        Problems.Add(new Problem(code, message, name is null ? Path : $"{Path}/{name}"));
}
