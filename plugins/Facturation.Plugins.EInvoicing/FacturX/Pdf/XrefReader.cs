using System.Globalization;
using System.Text;

namespace Facturation.Plugins.EInvoicing.FacturX.Pdf;

/// <summary>
/// Reads the cross-reference chain (§7.5.4 classic tables, §7.5.8 cross-reference streams, §7.5.6 updates through
/// <c>/Prev</c> and hybrid <c>/XRefStm</c>), following at most <see cref="MaxSections"/> sections and never one twice.
/// </summary>
internal static partial class XrefReader
{
    /// <summary>Most sections followed through <c>/Prev</c>.</summary>
    public const int MaxSections = 64;

    /// <summary>Highest object number accepted (far beyond any invoice).</summary>
    public const int MaxObjects = 1_000_000;

    /// <summary>The cross-reference information of <paramref name="data"/>.</summary>
    public static XrefTable Read(ReadOnlyMemory<byte> data)
    {
        var startXref = FindStartXref(data.Span);
        var entries = new Dictionary<int, XrefEntry>();
        var seen = new HashSet<int>();
        PdfDictionary? newest = null;
        var isClassic = false;
        var pending = new Queue<long>([startXref]);
        while (pending.Count > 0)
        {
            var offset = pending.Dequeue();
            if (offset < 0 || offset >= data.Length || !seen.Add((int)offset))
                continue;
            if (seen.Count > MaxSections)
                throw new PdfSyntaxException($"More than {MaxSections} cross-reference sections.");
            var lexer = new PdfLexer(data, (int)offset);
            lexer.SkipWhiteSpace();
            var classic = data.Span[lexer.Position..].StartsWith("xref"u8);
            var trailer = classic ? ReadClassic(lexer, entries) : ReadStream(lexer, entries);
            if (newest is null)
            {
                newest = trailer;
                isClassic = classic;
            }
            if (trailer["XRefStm"] is PdfNumber { AsInteger: { } hidden })
                pending.Enqueue(hidden);
            if (trailer["Prev"] is PdfNumber { AsInteger: { } previous })
                pending.Enqueue(previous);
        }
        return new XrefTable(entries, newest ?? throw new PdfSyntaxException("No trailer."), startXref, isClassic);
    }

    private static long FindStartXref(ReadOnlySpan<byte> data)
    {
        var tail = data[Math.Max(0, data.Length - 2048)..];
        var at = tail.LastIndexOf("startxref"u8);
        if (at < 0)
            throw new PdfSyntaxException("No 'startxref' near the end of the file.");
        var lexer = new PdfLexer(tail.ToArray(), at + "startxref".Length);
        return lexer.ReadInteger();
    }

    private static PdfDictionary ReadClassic(PdfLexer lexer, Dictionary<int, XrefEntry> entries)
    {
        lexer.Expect("xref");
        while (true)
        {
            var token = lexer.ReadRegular();
            if (token == "trailer")
                break;
            if (!long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var first))
                throw new PdfSyntaxException($"Bad cross-reference subsection header '{token}'.");
            var count = lexer.ReadInteger();
            if (first + count > MaxObjects)
                throw new PdfSyntaxException("The cross-reference table is larger than accepted.");
            for (var i = 0; i < count; i++)
            {
                var offset = lexer.ReadInteger();
                var generation = lexer.ReadInteger();
                var kind = lexer.ReadRegular();
                if (kind == "n" && offset > 0)
                    entries.TryAdd((int)(first + i), new XrefEntry(offset, (int)generation));
                else if (kind != "n" && kind != "f")
                    throw new PdfSyntaxException($"Bad cross-reference entry type '{kind}'.");
            }
        }
        return new PdfParser(lexer).ReadValue() as PdfDictionary ?? throw new PdfSyntaxException("The trailer is not a dictionary.");
    }

    private static PdfDictionary ReadStream(PdfLexer lexer, Dictionary<int, XrefEntry> entries)
    {
        var (_, _, value) = new PdfParser(lexer).ReadIndirectObject();
        if (value is not PdfStream { Dictionary: var dictionary } stream || dictionary.NameOf("Type") != "XRef")
            throw new PdfSyntaxException("'startxref' points neither at 'xref' nor at a cross-reference stream.");
        var widths = (dictionary["W"] as PdfArray)?.Items.Select(w => (int)((w as PdfNumber)?.AsInteger ?? -1)).ToArray();
        if (widths is not { Length: 3 } || widths.Any(w => w is < 0 or > 8))
            throw new PdfSyntaxException("A cross-reference stream has a bad /W.");
        var size = (dictionary["Size"] as PdfNumber)?.AsInteger ?? 0;
        var index = (dictionary["Index"] as PdfArray)?.Items.Select(i => (i as PdfNumber)?.AsInteger ?? -1).ToArray() ?? [0, size];
        var data = StreamDecoder.Decode(stream, 64L * MaxObjects);
        var rowLength = widths.Sum();
        var row = 0;
        for (var pair = 0; pair + 1 < index.Length; pair += 2)
        {
            if (index[pair] < 0 || index[pair + 1] < 0 || index[pair] + index[pair + 1] > MaxObjects)
                throw new PdfSyntaxException("A cross-reference stream has a bad /Index.");
            for (var i = 0; i < index[pair + 1] && (row + 1) * rowLength <= data.Length; i++, row++)
            {
                var fields = new long[3];
                var at = row * rowLength;
                for (var f = 0; f < 3; f++)
                {
                    fields[f] = widths[f] == 0 && f == 0 ? 1 : 0;
                    for (var k = 0; k < widths[f]; k++)
                        fields[f] = (fields[f] << 8) | data[at++];
                }
                var number = (int)(index[pair] + i);
                if (fields[0] == 1 && fields[1] > 0)
                    entries.TryAdd(number, new XrefEntry(fields[1], (int)fields[2]));
                else if (fields[0] == 2)
                    entries.TryAdd(number, new XrefEntry(fields[2], 0, (int)fields[1]));
            }
        }
        return dictionary;
    }

    /// <summary>Rebuilds the table of a damaged file by scanning for <c>n g obj</c>; the last definition wins. The
    /// trailer is the last <c>trailer</c> dictionary, else the last cross-reference stream's.</summary>
    public static XrefTable Scan(ReadOnlyMemory<byte> data)
    {
        var span = data.Span;
        var entries = new Dictionary<int, XrefEntry>();
        var text = Encoding.Latin1.GetString(span);
        foreach (System.Text.RegularExpressions.Match match in ObjectHeader().Matches(text))
        {
            var number = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            if (number < MaxObjects)
                entries[number] = new XrefEntry(match.Groups[1].Index, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        }
        PdfDictionary? trailer = null;
        var at = text.LastIndexOf("trailer", StringComparison.Ordinal);
        if (at >= 0)
        {
            try
            {
                trailer = new PdfParser(new PdfLexer(data, at + "trailer".Length)).ReadValue() as PdfDictionary;
            }
            catch (PdfSyntaxException)
            {
                trailer = null;
            }
        }
        return new XrefTable(entries, trailer ?? PdfDictionary.Of(), -1, false);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![0-9])([0-9]{1,7})[ \r\n\t]+([0-9]{1,5})[ \r\n\t]+obj\b")]
    private static partial System.Text.RegularExpressions.Regex ObjectHeader();
}
