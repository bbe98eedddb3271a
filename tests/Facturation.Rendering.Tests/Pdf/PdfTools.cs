using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Facturation.Rendering.Tests.Pdf;

/// <summary>Poppler's command-line tools (Debian's poppler-utils) run on a PDF, to read it the way a reader would.</summary>
internal static partial class PdfTools
{
    /// <summary>The text of each page (pdftotext separates pages with form feeds).</summary>
    public static async Task<IReadOnlyList<string>> PagesAsync(ReadOnlyMemory<byte> pdf)
    {
        var text = await RunOnAsync(pdf, "pdftotext", "-enc", "UTF-8", "{pdf}", "-");
        var pages = text.Split('\f');
        // The last page is followed by a form feed too.
        return pages[^1].Length == 0 ? pages[..^1] : pages;
    }

    public static async Task<PdfInfo> InfoAsync(ReadOnlyMemory<byte> pdf)
    {
        var info = await RunOnAsync(pdf, "pdfinfo", "{pdf}");
        var pages = int.Parse(PagesLine().Match(info).Groups[1].Value, CultureInfo.InvariantCulture);
        var size = PageSizeLine().Match(info);
        Assert.True(size.Success, $"pdfinfo printed no page size:\n{info}");
        return new PdfInfo(pages,
            double.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture),
            double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>pdffonts rows as (name, embedded).</summary>
    public static async Task<IReadOnlyList<(string Name, bool Embedded)>> FontsAsync(ReadOnlyMemory<byte> pdf)
    {
        var output = await RunOnAsync(pdf, "pdffonts", "{pdf}");
        // name type encoding emb sub uni object ID: the last five columns are "emb sub uni <obj> <gen>".
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Skip(2)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(columns => (columns[0], columns[^5] == "yes"))
            .ToList();
    }

    /// <summary>Pixel sizes of the images pdfimages lists (their soft masks left out).</summary>
    public static async Task<IReadOnlyList<(int Width, int Height)>> ImagesAsync(ReadOnlyMemory<byte> pdf)
    {
        var output = await RunOnAsync(pdf, "pdfimages", "-list", "{pdf}");
        // page num type width height color ...
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Skip(2)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(columns => columns[2] == "image")
            .Select(columns => (int.Parse(columns[3], CultureInfo.InvariantCulture), int.Parse(columns[4], CultureInfo.InvariantCulture)))
            .ToList();
    }

    private static async Task<string> RunOnAsync(ReadOnlyMemory<byte> pdf, string tool, params string[] arguments)
    {
        var path = Path.Combine(Path.GetTempPath(), $"facturation-pdf-test-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments)
                start.ArgumentList.Add(argument == "{pdf}" ? path : argument);
            using var process = Process.Start(start)
                ?? throw new InvalidOperationException($"{tool} did not start (Debian package poppler-utils)");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"{tool} exited with {process.ExitCode}: {await error}");
            return await output;
        }
        finally
        {
            File.Delete(path);
        }
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"^Page size:\s+([\d.]+) x ([\d.]+) pts", RegexOptions.Multiline)]
    private static partial Regex PageSizeLine();
}

internal sealed record PdfInfo(int Pages, double WidthPoints, double HeightPoints);
