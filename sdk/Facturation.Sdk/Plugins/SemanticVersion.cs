using System.Globalization;

namespace Facturation.Sdk.Plugins;

/// <summary>
/// A semantic version <c>MAJOR.MINOR.PATCH[-PRERELEASE]</c> ordered as SemVer 2.0.0 §11 says (build metadata after
/// <c>+</c> is ignored; <c>1.2</c> is read as <c>1.2.0</c>).
/// </summary>
/// <param name="Major">Incremented for incompatible contract changes.</param>
/// <param name="Minor">Incremented when areas or members are added compatibly.</param>
/// <param name="Patch">Incremented for fixes.</param>
/// <param name="PreRelease">Optional pre-release label (e.g. <c>beta.1</c>); sorts before the release.</param>
public sealed record SemanticVersion(int Major, int Minor, int Patch, string? PreRelease = null)
    : IComparable<SemanticVersion>
{
    /// <summary>Parses a version, throwing <see cref="FormatException"/> with the rule when it is malformed.</summary>
    /// <param name="text">Text such as <c>1.2.3</c> or <c>1.2.3-beta.1</c>; <c>1.2</c> means <c>1.2.0</c>.</param>
    /// <returns>The parsed version.</returns>
    public static SemanticVersion Parse(string text) =>
        TryParse(text, out var version)
            ? version
            : throw new FormatException($"'{text}' is not a semantic version (expected MAJOR.MINOR.PATCH, e.g. 1.0.0).");

    /// <summary>Tries to parse a version.</summary>
    /// <param name="text">Text such as <c>1.2.3</c>.</param>
    /// <param name="version">The version when parsing succeeds.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid version.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SemanticVersion? version)
    {
        version = null;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var core = text.Trim();
        var plus = core.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
            core = core[..plus];
        string? preRelease = null;
        var dash = core.IndexOf('-', StringComparison.Ordinal);
        if (dash >= 0)
        {
            preRelease = core[(dash + 1)..];
            core = core[..dash];
            if (!IsValidPreRelease(preRelease))
                return false;
        }
        var parts = core.Split('.');
        if (parts.Length is < 2 or > 3)
            return false;
        var numbers = new int[3];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!IsNumericIdentifier(parts[i]) || !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
                return false;
        }
        version = new SemanticVersion(numbers[0], numbers[1], numbers[2], preRelease);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(SemanticVersion? other)
    {
        if (other is null)
            return 1;
        var byNumbers = (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));
        if (byNumbers != 0)
            return byNumbers;
        return (PreRelease, other.PreRelease) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => ComparePreRelease(PreRelease, other.PreRelease),
        };
    }

    // SemVer 2.0.0 §11: identifiers compared one by one, numbers numerically and below text; a shorter list sorts first.
    private static int ComparePreRelease(string left, string right)
    {
        var a = left.Split('.');
        var b = right.Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var aNumeric = IsNumericIdentifier(a[i]);
            var bNumeric = IsNumericIdentifier(b[i]);
            var order = (aNumeric, bNumeric) switch
            {
                (true, true) => a[i].Length != b[i].Length ? a[i].Length.CompareTo(b[i].Length) : string.CompareOrdinal(a[i], b[i]),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.CompareOrdinal(a[i], b[i]),
            };
            if (order != 0)
                return Math.Sign(order);
        }
        return a.Length.CompareTo(b.Length);
    }

    private static bool IsNumericIdentifier(string identifier) =>
        identifier.Length > 0 && identifier.All(char.IsAsciiDigit) && (identifier.Length == 1 || identifier[0] != '0');

    private static bool IsValidPreRelease(string preRelease) =>
        preRelease.Split('.').All(identifier =>
            identifier.Length > 0
            && identifier.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            && (!identifier.All(char.IsAsciiDigit) || IsNumericIdentifier(identifier)));

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">First version.</param>
    /// <param name="right">Second version.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(SemanticVersion? left, SemanticVersion? right) => Comparer<SemanticVersion>.Default.Compare(left, right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">First version.</param>
    /// <param name="right">Second version.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(SemanticVersion? left, SemanticVersion? right) => Comparer<SemanticVersion>.Default.Compare(left, right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    /// <param name="left">First version.</param>
    /// <param name="right">Second version.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(SemanticVersion? left, SemanticVersion? right) => Comparer<SemanticVersion>.Default.Compare(left, right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    /// <param name="left">First version.</param>
    /// <param name="right">Second version.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(SemanticVersion? left, SemanticVersion? right) => Comparer<SemanticVersion>.Default.Compare(left, right) >= 0;

    /// <inheritdoc />
    public override string ToString() =>
        PreRelease is null ? $"{Major}.{Minor}.{Patch}" : $"{Major}.{Minor}.{Patch}-{PreRelease}";
}
