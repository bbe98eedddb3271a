using System.Text.RegularExpressions;

namespace Facturation.Sdk.Tests.Conventions;

/// <summary>Finds, in the product's C# sources (sdk/, host/, plugins/), the lines that round numbers themselves.</summary>
internal static partial class RoundingSources
{
    /// <summary>The product's source files that call <c>Math.Round</c> / <c>decimal.Round</c> or name <c>MidpointRounding</c>,
    /// as repository-relative paths with the first offending line.</summary>
    public static IReadOnlyDictionary<string, string> Find() =>
        new[] { "sdk", "host", "plugins" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryLayout.Root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(path => !IsBuildOutput(path))
            .Select(path => (Path: RepositoryLayout.Relative(path), Line: FirstRoundingLine(path)))
            .Where(found => found.Line is not null)
            .ToDictionary(found => found.Path, found => found.Line!, StringComparer.Ordinal);

    private static string? FirstRoundingLine(string path) =>
        File.ReadLines(path)
            .Select(line => line.Trim())
            // Comments may name the methods; only code counts.
            .Where(line => !line.StartsWith("//", StringComparison.Ordinal) && !line.StartsWith("///", StringComparison.Ordinal))
            .Select(line => line.Split("//", 2)[0])
            .FirstOrDefault(line => RoundingCall().IsMatch(line));

    private static bool IsBuildOutput(string path)
    {
        var parts = path.Split(Path.DirectorySeparatorChar);
        return parts.Contains("bin") || parts.Contains("obj");
    }

    [GeneratedRegex(@"\b(Math|decimal|Decimal)\s*\.\s*Round\s*\(|\bMidpointRounding\b")]
    private static partial Regex RoundingCall();
}
