using QRCoder;

namespace Facturation.Rendering.Tests.Payments;

/// <summary>What a QR code's modules say: its version, error correction level, mask and the bytes of its byte segment.</summary>
internal sealed record QrSymbol(int Version, char ErrorCorrection, int Mask, byte[] Bytes, bool HasEci);

/// <summary>
/// A minimal QR decoder for the clean matrices QRCoder draws (no QR decoding library is available here): reads the
/// format information, removes the mask, walks the codewords in their zigzag, de-interleaves the blocks and reads one
/// byte-mode segment. No error correction, no image processing: it proves what the modules hold, not that a camera
/// reads them. Covers versions 1 to 13 at level M, all an EPC code may use (ISO/IEC 18004 tables).
/// </summary>
internal static class QrMatrixReader
{
    // Level M: error correction codewords per block, then (blocks, data codewords per block) for each group.
    private static readonly (int Ec, (int Blocks, int Data)[] Groups)[] LevelM =
    [
        (10, [(1, 16)]), (16, [(1, 28)]), (26, [(1, 44)]), (18, [(2, 32)]), (24, [(2, 43)]), (16, [(4, 27)]),
        (18, [(4, 31)]), (22, [(2, 38), (2, 39)]), (22, [(3, 36), (2, 37)]), (26, [(4, 43), (1, 44)]),
        (30, [(1, 50), (4, 51)]), (22, [(6, 36), (2, 37)]), (22, [(8, 37), (1, 38)]),
    ];

    private static readonly int[][] AlignmentCentres =
    [
        [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50],
        [6, 30, 54], [6, 32, 58], [6, 34, 62],
    ];

    public static QrSymbol Read(QRCodeData data)
    {
        var version = data.Version;
        var size = 17 + 4 * version;
        var quiet = (data.ModuleMatrix.Count - size) / 2;
        bool Dark(int row, int column) => data.ModuleMatrix[row + quiet][column + quiet];

        var (level, mask) = Format(Dark);
        if (level != 'M')
            return new QrSymbol(version, level, mask, [], false);
        if (version > LevelM.Length)
            throw new NotSupportedException($"Version {version} is past what an EPC code may use.");

        var function = FunctionModules(version, size);
        var bits = new List<bool>();
        // Column pairs from the right, skipping the vertical timing column, alternately upwards and downwards.
        for (var right = size - 1; right >= 1; right -= 2)
        {
            if (right == 6)
                right = 5;
            var upward = ((right + 1) & 2) == 0;
            for (var step = 0; step < size; step++)
            {
                var row = upward ? size - 1 - step : step;
                for (var j = 0; j < 2; j++)
                {
                    var column = right - j;
                    if (!function[row, column])
                        bits.Add(Dark(row, column) ^ Masked(mask, row, column));
                }
            }
        }

        var (ec, groups) = LevelM[version - 1];
        var lengths = groups.SelectMany(g => Enumerable.Repeat(g.Data, g.Blocks)).ToArray();
        var blocks = lengths.Select(l => new List<byte>(l)).ToArray();
        var position = 0;
        for (var i = 0; i < lengths.Max(); i++)
        {
            for (var b = 0; b < blocks.Length; b++)
            {
                if (i < lengths[b])
                    blocks[b].Add(Codeword(bits, position++));
            }
        }
        var codewords = blocks.SelectMany(b => b).ToArray();
        var expected = lengths.Sum() + ec * lengths.Length;
        if (bits.Count / 8 != expected)
            throw new InvalidOperationException($"Version {version} holds {bits.Count / 8} codewords, the table says {expected}.");
        var (bytes, hasEci) = ByteSegment(codewords, version);
        return new QrSymbol(version, level, mask, bytes, hasEci);
    }

    /// <summary>The first copy of the format information: level and mask, its BCH code checked.</summary>
    private static (char Level, int Mask) Format(Func<int, int, bool> dark)
    {
        var bits = 0;
        for (var i = 0; i <= 5; i++)
            bits |= (dark(i, 8) ? 1 : 0) << i;
        bits |= (dark(7, 8) ? 1 : 0) << 6;
        bits |= (dark(8, 8) ? 1 : 0) << 7;
        bits |= (dark(8, 7) ? 1 : 0) << 8;
        for (var i = 9; i < 15; i++)
            bits |= (dark(8, 14 - i) ? 1 : 0) << i;
        var format = bits ^ 0x5412;
        var payload = format >> 10;
        var remainder = payload;
        for (var i = 0; i < 10; i++)
            remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537);
        if ((remainder & 0x3FF) != (format & 0x3FF))
            throw new InvalidOperationException($"Format information {bits:X4} fails its BCH check.");
        var level = (payload >> 3) switch { 0 => 'M', 1 => 'L', 2 => 'H', _ => 'Q' };
        return (level, payload & 7);
    }

    private static bool[,] FunctionModules(int version, int size)
    {
        var function = new bool[size, size];
        void Mark(int top, int left, int height, int width)
        {
            for (var r = Math.Max(top, 0); r < Math.Min(top + height, size); r++)
            {
                for (var c = Math.Max(left, 0); c < Math.Min(left + width, size); c++)
                    function[r, c] = true;
            }
        }
        // Finders with their separators and format information; the dark module is in the bottom-left one.
        Mark(0, 0, 9, 9);
        Mark(0, size - 8, 9, 8);
        Mark(size - 8, 0, 8, 9);
        Mark(6, 0, 1, size);
        Mark(0, 6, size, 1);
        var centres = AlignmentCentres[version - 1];
        var last = centres.Length - 1;
        for (var i = 0; i < centres.Length; i++)
        {
            for (var j = 0; j < centres.Length; j++)
            {
                if (!((i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0)))
                    Mark(centres[i] - 2, centres[j] - 2, 5, 5);
            }
        }
        if (version >= 7)
        {
            Mark(0, size - 11, 6, 3);
            Mark(size - 11, 0, 3, 6);
        }
        return function;
    }

    private static bool Masked(int mask, int row, int column) => mask switch
    {
        0 => (row + column) % 2 == 0,
        1 => row % 2 == 0,
        2 => column % 3 == 0,
        3 => (row + column) % 3 == 0,
        4 => (row / 2 + column / 3) % 2 == 0,
        5 => row * column % 2 + row * column % 3 == 0,
        6 => (row * column % 2 + row * column % 3) % 2 == 0,
        _ => ((row + column) % 2 + row * column % 3) % 2 == 0,
    };

    private static byte Codeword(List<bool> bits, int index)
    {
        var value = 0;
        for (var i = 0; i < 8; i++)
            value = value << 1 | (bits[index * 8 + i] ? 1 : 0);
        return (byte)value;
    }

    /// <summary>Reads an optional ECI header then one byte-mode segment (mode 0100, count, bytes).</summary>
    private static (byte[] Bytes, bool HasEci) ByteSegment(byte[] codewords, int version)
    {
        var position = 0;
        int Take(int count)
        {
            var value = 0;
            for (var i = 0; i < count; i++, position++)
                value = value << 1 | ((codewords[position / 8] >> (7 - position % 8)) & 1);
            return value;
        }
        var mode = Take(4);
        var hasEci = mode == 0b0111;
        if (hasEci)
        {
            Take(8); // a one-byte ECI designator (UTF-8 is 26)
            mode = Take(4);
        }
        if (mode != 0b0100)
            throw new InvalidOperationException($"Expected a byte-mode segment, found mode {mode}.");
        var count = Take(version <= 9 ? 8 : 16);
        var bytes = new byte[count];
        for (var i = 0; i < count; i++)
            bytes[i] = (byte)Take(8);
        return (bytes, hasEci);
    }
}
