using System.Text;

namespace Facturation.Plugins.EInvoicing.FacturX.Pdf;

/// <summary>A string object: raw bytes, written literally when printable, else in hexadecimal.</summary>
/// <param name="Bytes">The decoded bytes.</param>
internal sealed record PdfString(byte[] Bytes) : PdfValue
{
    /// <summary>A text string (ISO 32000-1 §7.9.2.2): ASCII as is, anything else as UTF-16BE with its byte order mark.</summary>
    public static PdfString Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.All(c => c is >= ' ' and <= '~'))
            return new PdfString(Encoding.ASCII.GetBytes(text));
        return new PdfString([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)]);
    }

    /// <summary>The bytes read as a text string: UTF-16BE when they start with its byte order mark, UTF-8 with its
    /// mark, else PDFDocEncoding (read as Latin-1, which agrees on every character a file name uses).</summary>
    public string ToText()
    {
        if (Bytes.Length >= 2 && Bytes[0] == 0xFE && Bytes[1] == 0xFF)
            return Encoding.BigEndianUnicode.GetString(Bytes, 2, Bytes.Length - 2);
        if (Bytes.Length >= 3 && Bytes[0] == 0xEF && Bytes[1] == 0xBB && Bytes[2] == 0xBF)
            return Encoding.UTF8.GetString(Bytes, 3, Bytes.Length - 3);
        return Encoding.Latin1.GetString(Bytes);
    }
}
