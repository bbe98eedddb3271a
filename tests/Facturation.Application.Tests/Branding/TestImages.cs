using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Facturation.Application.Tests.Branding;

/// <summary>Logo files made by the tests: a real PNG (one colour, any size) and SVG texts.</summary>
internal static class TestImages
{
    /// <summary>A valid RGB PNG of one colour.</summary>
    public static byte[] Png(int width, int height, byte red = 0xaa, byte green = 0x33, byte blue = 0x00)
    {
        using var file = new MemoryStream();
        file.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0), width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        Chunk(file, "IHDR", header);
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
        {
            // Only the rows of a small image are written: a 5000×5000 header is all the size check reads.
            var rows = Math.Min(height, 64);
            var row = new byte[1 + (3 * width)];
            for (var x = 0; x < width; x++)
                (row[1 + (3 * x)], row[2 + (3 * x)], row[3 + (3 * x)]) = (red, green, blue);
            for (var y = 0; y < rows; y++)
                zlib.Write(row);
        }
        Chunk(file, "IDAT", pixels.ToArray());
        Chunk(file, "IEND", []);
        return file.ToArray();
    }

    public static byte[] Svg(string text) => Encoding.UTF8.GetBytes(text);

    private static void Chunk(Stream file, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        file.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        file.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        file.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return crc ^ 0xFFFFFFFFu;
    }
}
