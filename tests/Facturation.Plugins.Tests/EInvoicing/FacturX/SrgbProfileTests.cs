using System.Buffers.Binary;
using System.Text;
using Facturation.Plugins.EInvoicing.FacturX;

namespace Facturation.Plugins.Tests.EInvoicing.FacturX;

/// <summary>The generated ICC profile decoded tag by tag and compared with the published D50-adapted sRGB values.</summary>
public sealed class SrgbProfileTests
{
    private static readonly byte[] Profile = SrgbProfile.Bytes;

    [Fact]
    public void The_header_is_a_version_2_rgb_display_profile_with_the_d50_illuminant()
    {
        Assert.Equal((uint)Profile.Length, BinaryPrimitives.ReadUInt32BigEndian(Profile));
        Assert.Equal(2, Profile[8]);
        Assert.Equal("mntr", Ascii(12));
        Assert.Equal("RGB ", Ascii(16));
        Assert.Equal("XYZ ", Ascii(20));
        Assert.Equal("acsp", Ascii(36));
        AssertXyz(Xyz(68), 0.9642, 1.0, 0.8249);
        Assert.Equal(0, Profile.Length % 4);
    }

    [Fact]
    public void Every_required_tag_is_present_and_inside_the_profile()
    {
        var tags = Tags();
        Assert.Equal(["desc", "cprt", "wtpt", "rXYZ", "gXYZ", "bXYZ", "rTRC", "gTRC", "bTRC"], tags.Keys.ToArray());
        Assert.All(tags.Values, t => Assert.InRange(t.Offset + t.Size, 0, Profile.Length));
        Assert.Equal("desc", Ascii(tags["desc"].Offset));
        Assert.Contains("sRGB", Encoding.ASCII.GetString(Profile, tags["desc"].Offset + 12, tags["desc"].Size - 12), StringComparison.Ordinal);
        Assert.Equal("text", Ascii(tags["cprt"].Offset));
    }

    [Theory]
    [InlineData("wtpt", 0.9642, 1.0, 0.8249)]
    [InlineData("rXYZ", 0.4361, 0.2225, 0.0139)]
    [InlineData("gXYZ", 0.3851, 0.7169, 0.0971)]
    [InlineData("bXYZ", 0.1431, 0.0606, 0.7141)]
    public void The_colorants_are_the_published_d50_adapted_srgb_values(string tag, double x, double y, double z)
    {
        var offset = Tags()[tag].Offset;
        Assert.Equal("XYZ ", Ascii(offset));
        AssertXyz(Xyz(offset + 8), x, y, z);
    }

    [Theory]
    [InlineData("rTRC")]
    [InlineData("gTRC")]
    [InlineData("bTRC")]
    public void The_tone_curve_is_the_srgb_transfer_function(string tag)
    {
        var offset = Tags()[tag].Offset;
        Assert.Equal("curv", Ascii(offset));
        var count = (int)BinaryPrimitives.ReadUInt32BigEndian(Profile.AsSpan(offset + 8));
        Assert.True(count >= 256, $"{count} points");
        double At(int i) => BinaryPrimitives.ReadUInt16BigEndian(Profile.AsSpan(offset + 12 + 2 * i)) / 65535.0;
        Assert.Equal(0, At(0));
        Assert.Equal(1, At(count - 1));
        foreach (var i in new[] { count / 10, count / 4, count / 2, 3 * count / 4 })
        {
            // IEC 61966-2-1: linear below 0.04045, else ((V + 0.055) / 1.055) ^ 2.4.
            var v = i / (double)(count - 1);
            var expected = v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
            Assert.InRange(At(i), expected - 0.0001, expected + 0.0001);
        }
        Assert.InRange(At((count - 1) / 2), 0.2, 0.22);
    }

    private static Dictionary<string, (int Offset, int Size)> Tags()
    {
        var count = (int)BinaryPrimitives.ReadUInt32BigEndian(Profile.AsSpan(128));
        var tags = new Dictionary<string, (int, int)>();
        for (var i = 0; i < count; i++)
        {
            var at = 132 + 12 * i;
            tags.Add(Ascii(at), ((int)BinaryPrimitives.ReadUInt32BigEndian(Profile.AsSpan(at + 4)), (int)BinaryPrimitives.ReadUInt32BigEndian(Profile.AsSpan(at + 8))));
        }
        return tags;
    }

    private static double[] Xyz(int offset) =>
        [.. Enumerable.Range(0, 3).Select(i => BinaryPrimitives.ReadInt32BigEndian(Profile.AsSpan(offset + 4 * i)) / 65536.0)];

    private static void AssertXyz(double[] actual, double x, double y, double z)
    {
        Assert.InRange(actual[0], x - 0.0005, x + 0.0005);
        Assert.InRange(actual[1], y - 0.0005, y + 0.0005);
        Assert.InRange(actual[2], z - 0.0005, z + 0.0005);
    }

    private static string Ascii(int offset) => Encoding.ASCII.GetString(Profile, offset, 4);
}
