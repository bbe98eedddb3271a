using System.Diagnostics;

namespace Facturation.Application.Branding;

/// <summary>
/// The font families installed on this machine, as fontconfig's <c>fc-list : family</c> lists them; when fc-list is
/// missing or fails, Debian's Liberation and DejaVu families (fonts-liberation, fonts-dejavu-core). Read once.
/// </summary>
public static class InstalledFonts
{
    /// <summary>Debian's Liberation and DejaVu families: the list used without fontconfig.</summary>
    public static IReadOnlyList<string> Fallback { get; } =
    [
        "Liberation Sans", "Liberation Serif", "Liberation Mono", "DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono",
    ];

    private static readonly Lazy<IReadOnlyList<string>> Families = new(Read);

    /// <summary>The installed families usable in a document (names of letters, digits, spaces and hyphens), sorted.</summary>
    public static IReadOnlyList<string> All => Families.Value;

    /// <summary>The installed family of that name (compared ignoring case, as CSS does), or <see langword="null"/>.</summary>
    /// <param name="family">Family name.</param>
    /// <returns>The name as installed.</returns>
    public static string? Find(string family) =>
        All.FirstOrDefault(f => string.Equals(f, family, StringComparison.OrdinalIgnoreCase));

    private static IReadOnlyList<string> Read()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("fc-list", [":", "family"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
                return Fallback;
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(10_000))
            {
                process.Kill(entireProcessTree: true);
                return Fallback;
            }
            _ = errors.Result;
            if (process.ExitCode != 0)
                return Fallback;
            var families = output.Split('\n')
                .SelectMany(line => line.Split(','))
                .Select(name => name.Trim())
                .Where(BrandingRules.IsFamilyName)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Order(StringComparer.Ordinal)
                .ToList();
            return families.Count == 0 ? Fallback : families;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return Fallback;
        }
        catch (InvalidOperationException)
        {
            return Fallback;
        }
    }
}
