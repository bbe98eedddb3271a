using System.IO.Compression;

namespace Facturation.Plugins.EInvoicing.FacturX.Pdf;

/// <summary>
/// Decodes stream data: no filter, or <c>FlateDecode</c> (zlib, RFC 1950) with the PNG predictors of §7.4.4.4 that
/// cross-reference streams use. The decoded size is bounded, so a small "zip bomb" cannot exhaust memory.
/// </summary>
internal static class StreamDecoder
{
    /// <summary>The decoded bytes of <paramref name="stream"/>, at most <paramref name="maxBytes"/> long.</summary>
    public static byte[] Decode(PdfStream stream, long maxBytes)
    {
        var filters = stream.Dictionary["Filter"] switch
        {
            null => [],
            PdfName name => [name.Value],
            PdfArray array => array.Items.Select(i => (i as PdfName)?.Value ?? "?").ToList(),
            _ => throw new PdfSyntaxException("A stream's /Filter is neither a name nor an array."),
        };
        var parameters = stream.Dictionary["DecodeParms"] switch
        {
            PdfDictionary d => d,
            PdfArray { Items: [PdfDictionary d] } => d,
            _ => null,
        };
        var data = stream.Data.ToArray();
        foreach (var filter in filters)
        {
            data = filter is "FlateDecode" or "Fl"
                ? Unpredict(Inflate(data, maxBytes), parameters)
                : throw new PdfSyntaxException($"The stream filter /{filter} is not supported.");
        }
        return data.Length <= maxBytes ? data : throw new PdfSyntaxException($"A stream decodes to more than {maxBytes} bytes.");
    }

    private static byte[] Inflate(byte[] data, long maxBytes)
    {
        try
        {
            using var input = new MemoryStream(data, writable: false);
            using var zlib = new ZLibStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = zlib.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Write(buffer, 0, read);
                if (output.Length > maxBytes)
                    throw new PdfSyntaxException($"A stream decodes to more than {maxBytes} bytes.");
            }
            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new PdfSyntaxException("A FlateDecode stream is corrupt.", e);
        }
    }

    private static byte[] Unpredict(byte[] data, PdfDictionary? parameters)
    {
        var predictor = (parameters?["Predictor"] as PdfNumber)?.AsInteger ?? 1;
        if (predictor < 10)
            return predictor == 1 ? data : throw new PdfSyntaxException("The TIFF predictor is not supported.");
        var columns = (int)Math.Clamp((parameters?["Columns"] as PdfNumber)?.AsInteger ?? 1, 1, 1 << 16);
        var colors = (int)Math.Clamp((parameters?["Colors"] as PdfNumber)?.AsInteger ?? 1, 1, 32);
        var bits = (int)Math.Clamp((parameters?["BitsPerComponent"] as PdfNumber)?.AsInteger ?? 8, 1, 16);
        var pixelBytes = Math.Max(1, colors * bits / 8);
        var rowBytes = (columns * colors * bits + 7) / 8;
        var rows = data.Length / (rowBytes + 1);
        var output = new byte[rows * rowBytes];
        for (var row = 0; row < rows; row++)
        {
            var type = data[row * (rowBytes + 1)];
            for (var i = 0; i < rowBytes; i++)
            {
                var raw = data[row * (rowBytes + 1) + 1 + i];
                var left = i >= pixelBytes ? output[row * rowBytes + i - pixelBytes] : 0;
                var up = row > 0 ? output[(row - 1) * rowBytes + i] : 0;
                var upLeft = row > 0 && i >= pixelBytes ? output[(row - 1) * rowBytes + i - pixelBytes] : 0;
                output[row * rowBytes + i] = (byte)(raw + type switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new PdfSyntaxException($"Unknown PNG predictor row type {type}."),
                });
            }
        }
        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
