using System.Globalization;
using System.Text;
using System.Xml;
using Facturation.Sdk.Common;

namespace Facturation.Plugins.EInvoicing.Cii;

/// <summary>
/// A node of a received CII document, read by relative paths of <c>ram:</c> (and <c>rsm:</c>) elements. Values that
/// cannot be read (an unparsable amount, date or code, a missing required element) become problems naming the
/// element's path; reading goes on so that every problem is reported at once, and never throws.
/// </summary>
internal sealed class CiiNode
{
    private readonly XmlNode _node;
    private readonly XmlNamespaceManager _namespaces;

    /// <summary>A node sharing <paramref name="problems"/> with every node read from it.</summary>
    public CiiNode(XmlNode node, XmlNamespaceManager namespaces, List<Problem> problems)
    {
        _node = node;
        _namespaces = namespaces;
        Problems = problems;
    }

    /// <summary>The problems found so far, shared by every node of the document.</summary>
    public List<Problem> Problems { get; }

    /// <summary>The namespace table for a document (prefixes <c>rsm</c>, <c>ram</c>, <c>udt</c>, <c>qdt</c>).</summary>
    public static XmlNamespaceManager NamespacesFor(XmlDocument document)
    {
        var namespaces = new XmlNamespaceManager(document.NameTable);
        namespaces.AddNamespace("rsm", CiiNamespaces.Rsm);
        namespaces.AddNamespace("ram", CiiNamespaces.Ram);
        namespaces.AddNamespace("udt", CiiNamespaces.Udt);
        namespaces.AddNamespace("qdt", CiiNamespaces.Qdt);
        return namespaces;
    }

    /// <summary>This node's path from the root, e.g. <c>/CrossIndustryInvoice/SupplyChainTradeTransaction/IncludedSupplyChainTradeLineItem[2]</c>.</summary>
    public string Path => PathOf(_node);

    /// <summary>The first node at <paramref name="path"/>, or <see langword="null"/>.</summary>
    public CiiNode? Child(string path) =>
        _node.SelectSingleNode(path, _namespaces) is { } found ? new CiiNode(found, _namespaces, Problems) : null;

    /// <summary>Every node at <paramref name="path"/>.</summary>
    public IEnumerable<CiiNode> Children(string path)
    {
        var found = _node.SelectNodes(path, _namespaces);
        if (found is null)
            yield break;
        foreach (XmlNode node in found)
            yield return new CiiNode(node, _namespaces, Problems);
    }

    /// <summary>The trimmed text at <paramref name="path"/> (this node's own with "."), <see langword="null"/> when
    /// absent or blank.</summary>
    public string? Text(string path)
    {
        var text = _node.SelectSingleNode(path, _namespaces)?.InnerText.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>The text at <paramref name="path"/>, or a problem when it is absent.</summary>
    public string RequiredText(string path, string term)
    {
        var text = Text(path);
        if (text is null)
            Missing(path, term);
        return text ?? string.Empty;
    }

    /// <summary>An attribute of the element at <paramref name="path"/>, <see langword="null"/> when absent or blank.</summary>
    public string? Attribute(string path, string name)
    {
        var value = (_node.SelectSingleNode(path, _namespaces) as XmlElement)?.GetAttribute(name).Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>A decimal (amount, quantity, rate) at <paramref name="path"/>; a problem when present but unparsable.</summary>
    public decimal? Decimal(string path)
    {
        var found = _node.SelectSingleNode(path, _namespaces);
        var text = found?.InnerText.Trim();
        if (string.IsNullOrEmpty(text))
            return null;
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return value;
        Problems.Add(new Problem("einvoice.bad-number", $"'{text}' is not a decimal number.", PathOf(found!)));
        return null;
    }

    /// <summary>A decimal that must be present: a problem (and 0) when it is absent or unparsable.</summary>
    public decimal RequiredDecimal(string path, string term)
    {
        if (_node.SelectSingleNode(path, _namespaces) is null)
        {
            Missing(path, term);
            return 0m;
        }
        return Decimal(path) ?? 0m;
    }

    /// <summary>A date at <paramref name="path"/> (an element holding a <c>DateTimeString</c> in format 102).</summary>
    public DateOnly? Date(string path)
    {
        if (_node.SelectSingleNode(path, _namespaces) is not { } holder)
            return null;
        var text = holder.SelectSingleNode("*[local-name()='DateTimeString']")?.InnerText.Trim() ?? holder.InnerText.Trim();
        var format = (holder.SelectSingleNode("*[local-name()='DateTimeString']") as XmlElement)?.GetAttribute("format");
        if (!string.IsNullOrEmpty(format) && format != CiiNamespaces.DateFormat)
        {
            Problems.Add(new Problem("einvoice.bad-date", $"Date format '{format}' is not supported: EN 16931 dates are in format 102 (CCYYMMDD).", PathOf(holder)));
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        Problems.Add(new Problem("einvoice.bad-date", $"'{text}' is not a date in format 102 (CCYYMMDD).", PathOf(holder)));
        return null;
    }

    /// <summary>Reports a problem about the element at <paramref name="path"/> under this node.</summary>
    public void Report(string code, string message, string path = ".") =>
        Problems.Add(new Problem(code, message, path == "." ? Path : $"{Path}/{Unprefixed(path)}"));

    /// <summary>Reports a required element as missing.</summary>
    public void Missing(string path, string term) =>
        Report("einvoice.missing-value", $"{term} is missing.", path);

    private static string Unprefixed(string path) => path
        .Replace("ram:", string.Empty, StringComparison.Ordinal)
        .Replace("rsm:", string.Empty, StringComparison.Ordinal)
        .Replace("udt:", string.Empty, StringComparison.Ordinal);

    private static string PathOf(XmlNode node)
    {
        var parts = new List<string>();
        for (var current = node; current is XmlElement element; current = current.ParentNode)
        {
            var index = 1;
            var count = 0;
            if (element.ParentNode is { } parent)
            {
                foreach (XmlNode sibling in parent.ChildNodes)
                {
                    if (sibling is XmlElement e && e.LocalName == element.LocalName && e.NamespaceURI == element.NamespaceURI)
                    {
                        count++;
                        if (ReferenceEquals(sibling, element))
                            index = count;
                    }
                }
            }
            parts.Add(count > 1 ? $"{element.LocalName}[{index}]" : element.LocalName);
        }
        parts.Reverse();
        var path = new StringBuilder();
        foreach (var part in parts)
            path.Append('/').Append(part);
        return path.ToString();
    }
}
