using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Facturation.Sdk.Common;

namespace Facturation.Application.Branding;

/// <summary>
/// Cleans an SVG logo by an allow-list before it is stored and inlined. The file is read with <see cref="XmlReader"/>
/// (no DTD, no resolver: no entity can expand or reach outside) and written again keeping only drawing elements and
/// geometry / presentation attributes; everything else (scripts, <c>foreignObject</c>, <c>style</c> elements, images,
/// links, <c>on*</c> handlers, external references, <c>javascript:</c> and <c>url(...)</c> other than <c>url(#id)</c>)
/// is dropped. An element that is not allowed is dropped with everything inside it.
/// </summary>
public static partial class SvgSanitizer
{
    /// <summary>The SVG namespace.</summary>
    public const string SvgNamespace = "http://www.w3.org/2000/svg";

    private const string XlinkNamespace = "http://www.w3.org/1999/xlink";

    /// <summary>Deepest nesting of elements accepted.</summary>
    public const int MaxDepth = 64;

    /// <summary>Elements kept.</summary>
    public static IReadOnlySet<string> Elements { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "svg", "g", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "defs",
        "linearGradient", "radialGradient", "stop", "title", "desc", "clipPath", "use",
    };

    /// <summary>Attributes kept (no namespace), besides a local <c>href</c> on <c>use</c> and gradients.</summary>
    public static IReadOnlySet<string> Attributes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        // Structure and geometry.
        "id", "class", "version", "viewBox", "preserveAspectRatio", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r",
        "rx", "ry", "fx", "fy", "fr", "width", "height", "d", "points", "pathLength", "transform", "offset",
        "gradientUnits", "gradientTransform", "spreadMethod", "clipPathUnits", "dx", "dy", "rotate", "textLength", "lengthAdjust",
        // Presentation.
        "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap", "stroke-linejoin",
        "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "opacity", "clip-path", "clip-rule", "stop-color",
        "stop-opacity", "color", "display", "visibility", "font-family", "font-size", "font-weight", "font-style",
        "font-variant", "font-stretch", "text-anchor", "dominant-baseline", "alignment-baseline", "baseline-shift",
        "letter-spacing", "word-spacing", "text-decoration", "writing-mode", "shape-rendering", "text-rendering",
        "vector-effect", "paint-order", "style",
    };

    private static readonly HashSet<string> HrefElements = new(StringComparer.Ordinal) { "use", "linearGradient", "radialGradient" };

    /// <summary>Sanitises an SVG file.</summary>
    /// <param name="bytes">The uploaded file (at most 256 KB).</param>
    /// <param name="problem">Why it is refused: too large, not well-formed, a DTD, no <c>&lt;svg&gt;</c> root, too deep.</param>
    /// <returns>The sanitised SVG (UTF-8), or <see langword="null"/> when refused.</returns>
    public static byte[]? Sanitise(byte[] bytes, out Problem? problem)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        problem = null;
        if (bytes.Length > BrandingRules.MaxSvgBytes)
        {
            problem = Refused("branding.logo-size", $"an SVG logo must be at most 256 KB ({bytes.Length} bytes given).");
            return null;
        }
        try
        {
            return Write(bytes, out problem);
        }
        catch (XmlException error) when (error.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            problem = Refused("branding.logo-svg-dtd",
                $"the SVG has a DTD (<!DOCTYPE>), which is refused: entities could expand or reach outside the file (line {error.LineNumber}).");
            return null;
        }
        catch (XmlException error)
        {
            problem = Refused("branding.logo-svg-malformed", $"the SVG is not well-formed XML: {error.Message}");
            return null;
        }
    }

    private static byte[]? Write(byte[] bytes, out Problem? problem)
    {
        problem = null;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            MaxCharactersFromEntities = 0,
            CloseInput = true,
        };
        using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
        var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            OmitXmlDeclaration = true,
            Indent = false,
        }))
        {
            var skipping = -1;
            var root = false;
            while (reader.Read())
            {
                if (skipping >= 0)
                {
                    if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == skipping)
                        skipping = -1;
                    continue;
                }
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        if (!root)
                        {
                            if (!IsSvg(reader) || reader.LocalName != "svg")
                            {
                                problem = Refused("branding.logo-svg-root", $"the file's root element is <{reader.Name}>, not <svg>: it is not an SVG drawing.");
                                return null;
                            }
                            root = true;
                        }
                        if (reader.Depth >= MaxDepth)
                        {
                            problem = Refused("branding.logo-svg-depth", $"the SVG nests elements deeper than {MaxDepth} levels.");
                            return null;
                        }
                        var name = reader.LocalName;
                        var empty = reader.IsEmptyElement;
                        var href = LocalHref(reader);
                        if (!IsSvg(reader) || !Elements.Contains(name) || (name == "use" && href is null))
                        {
                            if (!empty)
                                skipping = reader.Depth;
                            continue;
                        }
                        writer.WriteStartElement(name, SvgNamespace);
                        if (reader.Depth == 0)
                            writer.WriteAttributeString("xmlns", SvgNamespace);
                        WriteAttributes(reader, writer, name, href);
                        if (empty)
                            writer.WriteEndElement();
                        break;
                    case XmlNodeType.EndElement:
                        writer.WriteEndElement();
                        break;
                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                    case XmlNodeType.Whitespace:
                    case XmlNodeType.SignificantWhitespace:
                        if (reader.Depth > 0)
                            writer.WriteString(reader.Value);
                        break;
                    default:
                        break;
                }
            }
            if (!root)
            {
                problem = Refused("branding.logo-svg-root", "the file has no <svg> root element: it is not an SVG drawing.");
                return null;
            }
        }
        return output.ToArray();
    }

    private static void WriteAttributes(XmlReader reader, XmlWriter writer, string element, string? href)
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                var local = reader.LocalName;
                if (reader.NamespaceURI.Length == 0 && Attributes.Contains(local) && IsSafeValue(reader.Value) && written.Add(local))
                    writer.WriteAttributeString(local, reader.Value);
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }
        if (href is not null && HrefElements.Contains(element))
            writer.WriteAttributeString("href", href);
    }

    // The element's href or xlink:href when it is a local #fragment (written back as a plain SVG 2 href).
    private static string? LocalHref(XmlReader reader)
    {
        var value = reader.GetAttribute("href") ?? reader.GetAttribute("href", XlinkNamespace);
        return value is not null && FragmentPattern().IsMatch(value) ? value : null;
    }

    private static bool IsSvg(XmlReader reader) => reader.NamespaceURI is SvgNamespace or "";

    /// <summary>
    /// Whether an attribute value is safe: no <c>javascript:</c> (whitespace and control characters ignored), no CSS
    /// escape or <c>expression(</c>, and every <c>url(</c> a local <c>url(#id)</c>.
    /// </summary>
    /// <param name="value">Attribute value.</param>
    /// <returns>True when kept.</returns>
    public static bool IsSafeValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var compact = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        if (compact.Contains("javascript:", StringComparison.OrdinalIgnoreCase) || compact.Contains("expression(", StringComparison.OrdinalIgnoreCase)
            || value.Contains('\\', StringComparison.Ordinal) || value.Contains('@', StringComparison.Ordinal))
            return false;
        var urls = UrlStartPattern().Count(value);
        return urls == LocalUrlPattern().Count(value);
    }

    private static Problem Refused(string code, string rule) => new(code, "Logo: " + rule, "Logo");

    [GeneratedRegex(@"\A#[A-Za-z_][A-Za-z0-9_.:-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex FragmentPattern();

    [GeneratedRegex(@"url\s*\(", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UrlStartPattern();

    [GeneratedRegex(@"url\(\s*(['""]?)#[A-Za-z_][A-Za-z0-9_.:-]*\1\s*\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LocalUrlPattern();
}
