using System.Xml;

namespace Facturation.Application.EInvoicing;

/// <summary>
/// Names the root element of the start of a file, for the message that says why no format reads it. Parsed safely
/// (no DTD, no external resolution); a truncated head is fine as long as the root's start tag is in it.
/// </summary>
internal static class XmlRootElement
{
    public static string Describe(ReadOnlyMemory<byte> head)
    {
        using var stream = new MemoryStream(head.ToArray(), writable: false);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                    return reader.NamespaceURI.Length == 0 ? $"'{reader.Name}' (no namespace)" : $"'{reader.Name}' in namespace '{reader.NamespaceURI}'";
            }
            return "none (no element found)";
        }
        catch (XmlException e)
        {
            return $"none: the content is not XML ({e.Message})";
        }
    }
}
