using System.Collections;
using System.Globalization;
using System.Text;

namespace Facturation.Rendering.Payments;

/// <summary>
/// A QR code's module matrix as a small SVG: a white square and one black path made of a rectangle per horizontal run
/// of dark modules ("M x y h n v1 h-n z"), one user unit per module. About ten times smaller and faster than a
/// rectangle per module, and exact: the path covers precisely the dark modules.
/// </summary>
public static class QrSvg
{
    /// <summary>The SVG of <paramref name="modules"/> (rows of the matrix, quiet zone included).</summary>
    /// <param name="modules">The module matrix, <see langword="true"/> for dark.</param>
    /// <returns>The SVG document.</returns>
    public static string Of(IReadOnlyList<BitArray> modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        var size = modules.Count;
        var svg = new StringBuilder(4096);
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{size}\" height=\"{size}\" fill=\"#ffffff\"/><path fill=\"#000000\" d=\"");
        for (var y = 0; y < size; y++)
        {
            var row = modules[y];
            var x = 0;
            while (x < size)
            {
                if (!row[x])
                {
                    x++;
                    continue;
                }
                var start = x;
                while (x < size && row[x])
                    x++;
                svg.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{x - start}v1h-{x - start}z");
            }
        }
        return svg.Append("\"/></svg>").ToString();
    }
}
