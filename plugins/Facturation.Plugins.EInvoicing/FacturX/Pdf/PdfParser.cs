using System.Globalization;

namespace Facturation.Plugins.EInvoicing.FacturX.Pdf;

/// <summary>
/// Parses objects (§7.3) and indirect objects (§7.3.10) with a bounded nesting depth. The length of a stream whose
/// <c>/Length</c> is an indirect reference is asked of <paramref name="resolveLength"/>; when it is unknown or wrong,
/// the data runs to the next <c>endstream</c>.
/// </summary>
internal sealed class PdfParser(PdfLexer lexer, Func<PdfReference, long?>? resolveLength = null)
{
    /// <summary>Deepest nesting of arrays and dictionaries accepted.</summary>
    public const int MaxDepth = 64;

    /// <summary>The lexer read from.</summary>
    public PdfLexer Lexer { get; } = lexer;

    /// <summary>Reads <c>n g obj … endobj</c> at the lexer's position; the object number must be <paramref name="expected"/> when given.</summary>
    public (int Number, int Generation, PdfValue Value) ReadIndirectObject(int? expected = null)
    {
        var number = Lexer.ReadInteger();
        var generation = Lexer.ReadInteger();
        Lexer.Expect("obj");
        if (number > int.MaxValue || generation > ushort.MaxValue || (expected is { } e && e != number))
            throw new PdfSyntaxException($"Object {expected} was expected at byte {Lexer.Position}, found {number}.");
        var value = ReadValue();
        if (value is PdfDictionary dictionary && NextTokenIs("stream"))
            value = ReadStream(dictionary);
        return ((int)number, (int)generation, value);
    }

    /// <summary>Reads one direct object (a reference counts as one).</summary>
    public PdfValue ReadValue(int depth = 0)
    {
        if (depth > MaxDepth)
            throw new PdfSyntaxException($"Objects are nested more than {MaxDepth} deep.");
        Lexer.SkipWhiteSpace();
        var b = Lexer.Current;
        switch (b)
        {
            case (byte)'/':
                Lexer.Position++;
                return new PdfName(Lexer.ReadNameBody());
            case (byte)'(':
                Lexer.Position++;
                return new PdfString(Lexer.ReadLiteralStringBody());
            case (byte)'[':
                Lexer.Position++;
                return ReadArray(depth);
            case (byte)'<':
                Lexer.Position++;
                if (Lexer.Current != '<')
                    return new PdfString(Lexer.ReadHexStringBody());
                Lexer.Position++;
                return ReadDictionary(depth);
            default:
                return ReadNumberOrKeyword();
        }
    }

    private PdfArray ReadArray(int depth)
    {
        var items = new List<PdfValue>();
        while (true)
        {
            Lexer.SkipWhiteSpace();
            if (Lexer.Current == ']')
            {
                Lexer.Position++;
                return new PdfArray(items);
            }
            items.Add(ReadValue(depth + 1));
        }
    }

    private PdfDictionary ReadDictionary(int depth)
    {
        var entries = new List<KeyValuePair<string, PdfValue>>();
        while (true)
        {
            Lexer.SkipWhiteSpace();
            if (Lexer.Current == '>')
            {
                Lexer.Position++;
                if (Lexer.Current != '>')
                    throw new PdfSyntaxException($"'>>' was expected at byte {Lexer.Position}.");
                Lexer.Position++;
                return new PdfDictionary(entries);
            }
            if (ReadValue(depth + 1) is not PdfName key)
                throw new PdfSyntaxException($"A dictionary key must be a name (byte {Lexer.Position}).");
            var value = ReadValue(depth + 1);
            entries.RemoveAll(e => e.Key == key.Value);
            entries.Add(KeyValuePair.Create(key.Value, value));
        }
    }

    private PdfValue ReadNumberOrKeyword()
    {
        var token = Lexer.ReadRegular();
        if (token is "true" or "false" or "null")
            return new PdfKeyword(token);
        if (!decimal.TryParse(token, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
            throw new PdfSyntaxException($"Unexpected token '{token}' before byte {Lexer.Position}.");
        var number = new PdfNumber(token);
        if (number.AsInteger is not { } objectNumber || objectNumber < 0)
            return number;
        // "n g R" is a reference: look ahead, and step back when it is not one.
        var mark = Lexer.Position;
        Lexer.SkipWhiteSpace();
        if (!Lexer.AtEnd && Lexer.Current is >= (byte)'0' and <= (byte)'9')
        {
            var generation = Lexer.ReadRegular();
            Lexer.SkipWhiteSpace();
            if (!Lexer.AtEnd && Lexer.Current == 'R'
                && (Lexer.Position + 1 >= Lexer.Data.Length || PdfLexer.IsWhiteSpace(Lexer.Data.Span[Lexer.Position + 1]) || PdfLexer.IsDelimiter(Lexer.Data.Span[Lexer.Position + 1]))
                && int.TryParse(generation, NumberStyles.None, CultureInfo.InvariantCulture, out var g) && objectNumber <= int.MaxValue)
            {
                Lexer.Position++;
                return new PdfReference((int)objectNumber, g);
            }
        }
        Lexer.Position = mark;
        return number;
    }

    private bool NextTokenIs(string keyword)
    {
        var mark = Lexer.Position;
        Lexer.SkipWhiteSpace();
        var span = Lexer.Data.Span;
        var end = Lexer.Position + keyword.Length;
        if (end <= span.Length && span[Lexer.Position..end].SequenceEqual(System.Text.Encoding.ASCII.GetBytes(keyword)))
        {
            Lexer.Position = end;
            return true;
        }
        Lexer.Position = mark;
        return false;
    }

    private PdfStream ReadStream(PdfDictionary dictionary)
    {
        // After "stream": CRLF or LF (§7.3.8.1); a lone CR is tolerated.
        var span = Lexer.Data.Span;
        if (Lexer.Position < span.Length && span[Lexer.Position] == '\r')
            Lexer.Position++;
        if (Lexer.Position < span.Length && span[Lexer.Position] == '\n')
            Lexer.Position++;
        var start = Lexer.Position;
        var declared = dictionary["Length"] switch
        {
            PdfNumber n => n.AsInteger,
            PdfReference r => resolveLength?.Invoke(r),
            _ => null,
        };
        if (declared is { } length && length >= 0 && start + length <= span.Length && EndsStreamAt(start + (int)length))
            return new PdfStream(dictionary, Lexer.Data.Slice(start, (int)length));
        var end = span[start..].IndexOf("endstream"u8);
        if (end < 0)
            throw new PdfSyntaxException($"The stream starting at byte {start} has no 'endstream'.");
        var dataEnd = start + end;
        if (dataEnd > start && span[dataEnd - 1] == '\n')
            dataEnd--;
        if (dataEnd > start && span[dataEnd - 1] == '\r')
            dataEnd--;
        Lexer.Position = start + end + "endstream".Length;
        return new PdfStream(dictionary, Lexer.Data[start..dataEnd]);
    }

    private bool EndsStreamAt(int position)
    {
        var mark = Lexer.Position;
        Lexer.Position = position;
        if (NextTokenIs("endstream"))
            return true;
        Lexer.Position = mark;
        return false;
    }
}
