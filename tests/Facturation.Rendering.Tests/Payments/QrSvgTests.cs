using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Facturation.Rendering.Payments;

namespace Facturation.Rendering.Tests.Payments;

public sealed partial class QrSvgTests
{
    [Theory]
    [InlineData("BCD\n002\n1\nSCT\n\nACME SAS\nFR7630006000011234567890189\nEUR240.00\n\nRF18539007547034")]
    [InlineData("x")]
    public void Svg_PathCoversExactlyTheDarkModules(string payload)
    {
        using var data = EpcQrCode.Encode(payload);
        var modules = data.ModuleMatrix;

        var svg = XElement.Parse(EpcQrCode.Svg(payload));

        var size = modules.Count;
        Assert.Equal($"0 0 {size} {size}", (string?)svg.Attribute("viewBox"));
        var path = (string?)svg.Elements().Single(e => e.Name.LocalName == "path").Attribute("d");
        var drawn = new bool[size, size];
        foreach (Match run in Run().Matches(path!))
        {
            var (x, y, length) = (Number(run, "x"), Number(run, "y"), Number(run, "n"));
            Assert.Equal(length, Number(run, "back"));
            for (var i = x; i < x + length; i++)
            {
                Assert.False(drawn[y, i], $"module ({i}, {y}) drawn twice");
                drawn[y, i] = true;
            }
        }
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
                Assert.True(modules[y][x] == drawn[y, x], $"module ({x}, {y}): dark {modules[y][x]}, drawn {drawn[y, x]}");
        }
        Assert.Equal(path!.Length, Run().Matches(path).Sum(m => m.Length)); // nothing but runs in the path
    }

    [Fact]
    public void Svg_OfAnEmptyMatrix_IsAWhiteSquare()
    {
        var svg = QrSvg.Of([new BitArray(2), new BitArray(2)]);

        Assert.Contains("viewBox=\"0 0 2 2\"", svg, StringComparison.Ordinal);
        Assert.Contains(" d=\"\"", svg, StringComparison.Ordinal);
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"M(?<x>\d+) (?<y>\d+)h(?<n>\d+)v1h-(?<back>\d+)z")]
    private static partial Regex Run();
}
