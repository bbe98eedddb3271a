using System.Globalization;
using System.Text;

namespace Facturation.Plugins.EInvoicing.FacturX.Pdf;

/// <summary>
/// Byte-level reading of PDF syntax (ISO 32000-1 §7.2): white space, comments, delimiters, and the tokens numbers,
/// names, strings and keywords are made of. Every read is bounded by the data; running past it raises
/// <see cref="PdfSyntaxException"/>.
/// </summary>
internal sealed class PdfLexer(ReadOnlyMemory<byte> data, int position = 0)
{
    /// <summary>The bytes read.</summary>
    public ReadOnlyMemory<byte> Data { get; } = data;

    /// <summary>The next byte to read.</summary>
    public int Position { get; set; } = position;

    /// <summary>Whether every byte has been read.</summary>
    public bool AtEnd => Position >= Data.Length;

    /// <summary>The byte at <see cref="Position"/>.</summary>
    public byte Current => AtEnd ? throw new PdfSyntaxException("Unexpected end of the file.") : Data.Span[Position];

    /// <summary>PDF white space: NUL, TAB, LF, FF, CR, SPACE.</summary>
    public static bool IsWhiteSpace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    /// <summary>PDF delimiters.</summary>
    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    /// <summary>Moves past white space and comments.</summary>
    public void SkipWhiteSpace()
    {
        var span = Data.Span;
        while (Position < span.Length)
        {
            if (IsWhiteSpace(span[Position]))
                Position++;
            else if (span[Position] == '%')
            {
                while (Position < span.Length && span[Position] is not ((byte)'\n' or (byte)'\r'))
                    Position++;
            }
            else
                return;
        }
    }

    /// <summary>Reads a run of regular characters (a number or a keyword) after white space.</summary>
    public string ReadRegular()
    {
        SkipWhiteSpace();
        var span = Data.Span;
        var start = Position;
        while (Position < span.Length && !IsWhiteSpace(span[Position]) && !IsDelimiter(span[Position]))
            Position++;
        if (Position == start)
            throw new PdfSyntaxException($"A token was expected at byte {start}.");
        return Encoding.Latin1.GetString(span[start..Position]);
    }

    /// <summary>Reads a keyword and checks it is <paramref name="expected"/>.</summary>
    public void Expect(string expected)
    {
        var token = ReadRegular();
        if (token != expected)
            throw new PdfSyntaxException($"'{expected}' was expected, not '{token}', before byte {Position}.");
    }

    /// <summary>Reads a non-negative integer token.</summary>
    public long ReadInteger()
    {
        var token = ReadRegular();
        return long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new PdfSyntaxException($"An integer was expected, not '{token}', before byte {Position}.");
    }

    /// <summary>Reads a name after its slash, decoding <c>#xx</c> escapes.</summary>
    public string ReadNameBody()
    {
        var span = Data.Span;
        var bytes = new List<byte>();
        while (Position < span.Length && !IsWhiteSpace(span[Position]) && !IsDelimiter(span[Position]))
        {
            if (span[Position] == '#' && Position + 2 < span.Length
                && byte.TryParse(span.Slice(Position + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b))
            {
                bytes.Add(b);
                Position += 3;
            }
            else
                bytes.Add(span[Position++]);
        }
        return Encoding.Latin1.GetString([.. bytes]);
    }

    /// <summary>Reads a literal string after its opening parenthesis (§7.3.4.2): nesting, escapes, octal codes.</summary>
    public byte[] ReadLiteralStringBody()
    {
        var bytes = new List<byte>();
        var depth = 1;
        while (true)
        {
            var b = Current;
            Position++;
            if (b == '(')
                depth++;
            else if (b == ')' && --depth == 0)
                return [.. bytes];
            else if (b == '\\')
            {
                ReadEscape(bytes);
                continue;
            }
            bytes.Add(b);
        }
    }

    private void ReadEscape(List<byte> bytes)
    {
        var e = Current;
        Position++;
        switch (e)
        {
            case (byte)'n': bytes.Add((byte)'\n'); break;
            case (byte)'r': bytes.Add((byte)'\r'); break;
            case (byte)'t': bytes.Add((byte)'\t'); break;
            case (byte)'b': bytes.Add(8); break;
            case (byte)'f': bytes.Add(12); break;
            case (byte)'\r':
                if (!AtEnd && Current == '\n')
                    Position++;
                break;
            case (byte)'\n': break;
            case >= (byte)'0' and <= (byte)'7':
                var code = e - '0';
                for (var i = 0; i < 2 && !AtEnd && Current is >= (byte)'0' and <= (byte)'7'; i++, Position++)
                    code = code * 8 + (Current - '0');
                bytes.Add((byte)code);
                break;
            default: bytes.Add(e); break;
        }
    }

    /// <summary>Reads a hexadecimal string after its opening angle bracket (§7.3.4.3).</summary>
    public byte[] ReadHexStringBody()
    {
        var digits = new List<int>();
        while (true)
        {
            var b = Current;
            Position++;
            if (b == '>')
                break;
            if (IsWhiteSpace(b))
                continue;
            var digit = HexDigit(b);
            digits.Add(digit >= 0 ? digit : throw new PdfSyntaxException($"Bad hexadecimal digit at byte {Position - 1}."));
        }
        if (digits.Count % 2 == 1)
            digits.Add(0);
        var bytes = new byte[digits.Count / 2];
        for (var i = 0; i < bytes.Length; i++)
            bytes[i] = (byte)(digits[2 * i] * 16 + digits[2 * i + 1]);
        return bytes;
    }

    private static int HexDigit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}
