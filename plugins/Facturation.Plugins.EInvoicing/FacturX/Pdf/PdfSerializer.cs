using System.Globalization;
using System.Text;

namespace Facturation.Plugins.EInvoicing.FacturX.Pdf;

/// <summary>Writes objects in PDF syntax (§7.3); a stream's <c>/Length</c> is always set to its data's length.</summary>
internal static class PdfSerializer
{
    /// <summary>Appends <paramref name="value"/> to <paramref name="output"/>.</summary>
    public static void Write(PdfValue value, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        switch (value)
        {
            case PdfNumber number:
                Ascii(output, number.Text);
                break;
            case PdfKeyword keyword:
                Ascii(output, keyword.Text);
                break;
            case PdfReference reference:
                Ascii(output, string.Create(CultureInfo.InvariantCulture, $"{reference.Number} {reference.Generation} R"));
                break;
            case PdfName name:
                WriteName(name.Value, output);
                break;
            case PdfString text:
                WriteString(text.Bytes, output);
                break;
            case PdfArray array:
                output.WriteByte((byte)'[');
                for (var i = 0; i < array.Items.Count; i++)
                {
                    if (i > 0)
                        output.WriteByte((byte)' ');
                    Write(array.Items[i], output);
                }
                output.WriteByte((byte)']');
                break;
            case PdfDictionary dictionary:
                WriteDictionary(dictionary, output);
                break;
            case PdfStream stream:
                WriteDictionary(stream.Dictionary.With("Length", new PdfNumber(stream.Data.Length)), output);
                Ascii(output, "\nstream\n");
                output.Write(stream.Data.Span);
                Ascii(output, "\nendstream");
                break;
            default:
                throw new ArgumentException($"Cannot write {value?.GetType().Name ?? "null"}.", nameof(value));
        }
    }

    private static void WriteDictionary(PdfDictionary dictionary, Stream output)
    {
        Ascii(output, "<<");
        foreach (var (key, item) in dictionary.Entries)
        {
            WriteName(key, output);
            output.WriteByte((byte)' ');
            Write(item, output);
            output.WriteByte((byte)'\n');
        }
        Ascii(output, ">>");
    }

    private static void WriteName(string name, Stream output)
    {
        output.WriteByte((byte)'/');
        foreach (var b in Encoding.Latin1.GetBytes(name))
        {
            if (b is < 0x21 or > 0x7E or (byte)'#' || PdfLexer.IsDelimiter(b))
                Ascii(output, string.Create(CultureInfo.InvariantCulture, $"#{b:X2}"));
            else
                output.WriteByte(b);
        }
    }

    private static void WriteString(byte[] bytes, Stream output)
    {
        if (bytes.All(b => b is >= 0x20 and <= 0x7E))
        {
            output.WriteByte((byte)'(');
            foreach (var b in bytes)
            {
                if (b is (byte)'(' or (byte)')' or (byte)'\\')
                    output.WriteByte((byte)'\\');
                output.WriteByte(b);
            }
            output.WriteByte((byte)')');
            return;
        }
        Ascii(output, "<" + Convert.ToHexString(bytes) + ">");
    }

    private static void Ascii(Stream output, string text) => output.Write(Encoding.ASCII.GetBytes(text));
}
