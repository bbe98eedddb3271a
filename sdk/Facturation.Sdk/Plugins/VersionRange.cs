namespace Facturation.Sdk.Plugins;

/// <summary>
/// A range of versions in NuGet interval notation: <c>[1.0.0, 2.0.0)</c> (1.0.0 inclusive to 2.0.0 exclusive),
/// <c>[1.2.0]</c> (exactly), or a bare <c>1.2.0</c> meaning "1.2.0 or later within major 1".
/// </summary>
/// <param name="Minimum">Lower bound, or <see langword="null"/> for none.</param>
/// <param name="MinimumInclusive">Whether <paramref name="Minimum"/> itself is in the range.</param>
/// <param name="Maximum">Upper bound, or <see langword="null"/> for none.</param>
/// <param name="MaximumInclusive">Whether <paramref name="Maximum"/> itself is in the range.</param>
public sealed record VersionRange(
    SemanticVersion? Minimum, bool MinimumInclusive, SemanticVersion? Maximum, bool MaximumInclusive)
{
    /// <summary>Parses a range, throwing <see cref="FormatException"/> naming the rule when it is malformed.</summary>
    /// <param name="text">The range text.</param>
    /// <returns>The parsed range.</returns>
    public static VersionRange Parse(string text) =>
        TryParse(text, out var range)
            ? range
            : throw new FormatException(
                $"'{text}' is not a version range (expected e.g. [1.0.0, 2.0.0), [1.2.0] or 1.2.0).");

    /// <summary>Tries to parse a range.</summary>
    /// <param name="text">The range text.</param>
    /// <param name="range">The range when parsing succeeds.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid range.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out VersionRange? range)
    {
        range = null;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var value = text.Trim();
        var first = value[0];
        if (first is not ('[' or '('))
        {
            // A bare version is a floor within its major version: semantic versioning promises no more.
            if (!SemanticVersion.TryParse(value, out var floor))
                return false;
            range = new VersionRange(floor, true, new SemanticVersion(floor.Major + 1, 0, 0), false);
            return true;
        }
        var last = value[^1];
        if (last is not (']' or ')'))
            return false;
        var inner = value[1..^1];
        var comma = inner.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            if (first != '[' || last != ']' || !SemanticVersion.TryParse(inner, out var exact))
                return false;
            range = new VersionRange(exact, true, exact, true);
            return true;
        }
        var low = inner[..comma].Trim();
        var high = inner[(comma + 1)..].Trim();
        SemanticVersion? minimum = null, maximum = null;
        if (low.Length > 0 && !SemanticVersion.TryParse(low, out minimum))
            return false;
        if (high.Length > 0 && !SemanticVersion.TryParse(high, out maximum))
            return false;
        if (minimum is null && maximum is null)
            return false;
        if (minimum is not null && maximum is not null
            && (minimum > maximum || (minimum == maximum && (first != '[' || last != ']'))))
            return false; // empty range: nothing could ever satisfy it
        range = new VersionRange(minimum, first == '[', maximum, last == ']');
        return true;
    }

    /// <summary>Whether <paramref name="version"/> lies inside the range.</summary>
    /// <param name="version">The version to test.</param>
    /// <returns><see langword="true"/> when the version satisfies both bounds.</returns>
    public bool Contains(SemanticVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (Minimum is not null && (MinimumInclusive ? version < Minimum : version <= Minimum))
            return false;
        if (Maximum is not null && (MaximumInclusive ? version > Maximum : version >= Maximum))
            return false;
        // A pre-release of an excluded release bound is excluded too: [1.0.0, 2.0.0) does not accept a 2.0.0-beta
        // host, whose contracts may already have broken.
        if (Maximum is { PreRelease: null } && !MaximumInclusive && version.PreRelease is not null
            && (version.Major, version.Minor, version.Patch) == (Maximum.Major, Maximum.Minor, Maximum.Patch))
            return false;
        return true;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        if (Minimum is not null && Maximum is not null && MinimumInclusive && MaximumInclusive && Minimum == Maximum)
            return $"[{Minimum}]";
        return $"{(MinimumInclusive ? '[' : '(')}{Minimum}, {Maximum}{(MaximumInclusive ? ']' : ')')}";
    }
}
