using System.Buffers.Binary;
using System.Text;

namespace Facturation.Plugins.EInvoicing.FacturX;

/// <summary>
/// The sRGB colour space as an ICC version 2.1 display profile, computed here from its definition (IEC 61966-2-1):
/// the primaries and the D65 white point given as chromaticities, the colorants adapted to the D50 profile connection
/// space with the linear Bradford transform (as ICC.1 requires), and the sRGB transfer function sampled as a
/// 1024-entry curve. It is the destination profile of the PDF/A output intent.
/// </summary>
internal static class SrgbProfile
{
    /// <summary>D50, the ICC profile connection space illuminant (ICC.1 §7.2.16), X Y Z.</summary>
    public static readonly double[] D50 = [0.9642, 1.0, 0.8249];

    private const int CurvePoints = 1024;

    // IEC 61966-2-1 chromaticities (x, y) of red, green, blue and of the D65 white point.
    private static readonly double[][] Primaries = [[0.64, 0.33], [0.30, 0.60], [0.15, 0.06]];
    private static readonly double[] WhiteD65 = [0.3127, 0.3290];

    // Linear Bradford cone response matrix.
    private static readonly double[,] Bradford = { { 0.8951, 0.2664, -0.1614 }, { -0.7502, 1.7135, 0.0367 }, { 0.0389, -0.0685, 1.0296 } };

    /// <summary>The profile's bytes (same every time).</summary>
    public static byte[] Bytes { get; } = Build();

    /// <summary>The D50-adapted XYZ of red, green and blue (the rXYZ, gXYZ and bXYZ tags), as columns.</summary>
    public static double[,] AdaptedColorants()
    {
        var white = Xyz(WhiteD65);
        var p = new double[3, 3];
        for (var c = 0; c < 3; c++)
        {
            var xyz = Xyz(Primaries[c]);
            for (var r = 0; r < 3; r++)
                p[r, c] = xyz[r];
        }
        // Scale each primary so that R = G = B = 1 gives the white point.
        var scale = Multiply(Invert(p), white);
        var toXyz = new double[3, 3];
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
                toXyz[r, c] = p[r, c] * scale[c];
        }
        var source = Multiply(Bradford, white);
        var target = Multiply(Bradford, D50);
        var gain = new double[3, 3];
        for (var i = 0; i < 3; i++)
            gain[i, i] = target[i] / source[i];
        return Product(Product(Invert(Bradford), Product(gain, Bradford)), toXyz);
    }

    /// <summary>The sRGB transfer function (encoded value to linear light), IEC 61966-2-1 §5.2.</summary>
    public static double Linear(double v) => v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);

    private static byte[] Build()
    {
        var colorants = AdaptedColorants();
        var curve = Curve();
        List<(string Signature, byte[] Data)> tags =
        [
            ("desc", TextDescription("sRGB IEC61966-2.1 (Facturation.Modular)")),
            ("cprt", Text("No copyright, use freely")),
            ("wtpt", XyzTag(D50)),
            ("rXYZ", XyzTag([colorants[0, 0], colorants[1, 0], colorants[2, 0]])),
            ("gXYZ", XyzTag([colorants[0, 1], colorants[1, 1], colorants[2, 1]])),
            ("bXYZ", XyzTag([colorants[0, 2], colorants[1, 2], colorants[2, 2]])),
            ("rTRC", curve),
            ("gTRC", curve),
            ("bTRC", curve),
        ];
        var tableLength = 4 + 12 * tags.Count;
        var offset = 128 + tableLength;
        using var body = new MemoryStream();
        var table = new byte[tableLength];
        BinaryPrimitives.WriteUInt32BigEndian(table, (uint)tags.Count);
        for (var i = 0; i < tags.Count; i++)
        {
            var (signature, data) = tags[i];
            Encoding.ASCII.GetBytes(signature).CopyTo(table, 4 + 12 * i);
            BinaryPrimitives.WriteUInt32BigEndian(table.AsSpan(8 + 12 * i), (uint)(offset + body.Position));
            BinaryPrimitives.WriteUInt32BigEndian(table.AsSpan(12 + 12 * i), (uint)data.Length);
            body.Write(data);
            while (body.Position % 4 != 0)
                body.WriteByte(0);
        }
        var profile = new byte[offset + body.Length];
        Header(profile);
        table.CopyTo(profile, 128);
        body.ToArray().CopyTo(profile, offset);
        return profile;
    }

    // ICC.1:2001-04 §6.1: size, version 2.1, display class, RGB data, XYZ connection space, 'acsp', D50 illuminant.
    private static void Header(byte[] profile)
    {
        var span = profile.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, (uint)profile.Length);
        BinaryPrimitives.WriteUInt32BigEndian(span[8..], 0x02100000);
        "mntr"u8.CopyTo(span[12..]);
        "RGB "u8.CopyTo(span[16..]);
        "XYZ "u8.CopyTo(span[20..]);
        ushort[] date = [2026, 1, 1, 0, 0, 0];
        for (var i = 0; i < date.Length; i++)
            BinaryPrimitives.WriteUInt16BigEndian(span[(24 + 2 * i)..], date[i]);
        "acsp"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteUInt32BigEndian(span[64..], 0); // perceptual rendering intent
        for (var i = 0; i < 3; i++)
            BinaryPrimitives.WriteInt32BigEndian(span[(68 + 4 * i)..], S15Fixed16(D50[i]));
    }

    private static byte[] XyzTag(double[] xyz)
    {
        var data = new byte[20];
        "XYZ "u8.CopyTo(data);
        for (var i = 0; i < 3; i++)
            BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(8 + 4 * i), S15Fixed16(xyz[i]));
        return data;
    }

    private static byte[] Curve()
    {
        var data = new byte[12 + 2 * CurvePoints];
        "curv"u8.CopyTo(data);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), CurvePoints);
        for (var i = 0; i < CurvePoints; i++)
            BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(12 + 2 * i), (ushort)Math.Round(Linear(i / (double)(CurvePoints - 1)) * 65535));
        return data;
    }

    private static byte[] Text(string text)
    {
        var ascii = Encoding.ASCII.GetBytes(text);
        var data = new byte[8 + ascii.Length + 1];
        "text"u8.CopyTo(data);
        ascii.CopyTo(data, 8);
        return data;
    }

    // textDescriptionType (ICC.1:2001-04 §6.5.16): ASCII part, empty Unicode and ScriptCode parts.
    private static byte[] TextDescription(string text)
    {
        var ascii = Encoding.ASCII.GetBytes(text);
        var data = new byte[12 + ascii.Length + 1 + 8 + 3 + 67];
        "desc"u8.CopyTo(data);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), (uint)ascii.Length + 1);
        ascii.CopyTo(data, 12);
        return data;
    }

    private static int S15Fixed16(double value) => (int)Math.Round(value * 65536);

    private static double[] Xyz(double[] xy) => [xy[0] / xy[1], 1.0, (1 - xy[0] - xy[1]) / xy[1]];

    private static double[] Multiply(double[,] m, double[] v) =>
        [.. Enumerable.Range(0, 3).Select(r => m[r, 0] * v[0] + m[r, 1] * v[1] + m[r, 2] * v[2])];

    private static double[,] Product(double[,] a, double[,] b)
    {
        var result = new double[3, 3];
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
                result[r, c] = a[r, 0] * b[0, c] + a[r, 1] * b[1, c] + a[r, 2] * b[2, c];
        }
        return result;
    }

    private static double[,] Invert(double[,] m)
    {
        var det = m[0, 0] * (m[1, 1] * m[2, 2] - m[1, 2] * m[2, 1])
            - m[0, 1] * (m[1, 0] * m[2, 2] - m[1, 2] * m[2, 0])
            + m[0, 2] * (m[1, 0] * m[2, 1] - m[1, 1] * m[2, 0]);
        var result = new double[3, 3];
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                // Cofactor of (c, r) over the determinant: the adjugate's transpose.
                var r1 = (c + 1) % 3;
                var r2 = (c + 2) % 3;
                var c1 = (r + 1) % 3;
                var c2 = (r + 2) % 3;
                result[r, c] = (m[r1, c1] * m[r2, c2] - m[r1, c2] * m[r2, c1]) / det;
            }
        }
        return result;
    }
}
