using System.Globalization;
using System.Text;
using Facturation.Sdk.Common;

namespace Facturation.Plugins.France.Numbering;

/// <summary>
/// A parsed number pattern such as <c>F{yyyy}-{counter:5}</c>: literal characters, date tokens and exactly one
/// counter. Formatting it with the issue date and the series' counter gives the document number.
/// </summary>
internal sealed class NumberPattern
{
    /// <summary>Creates a pattern from elements already checked by <see cref="NumberPatternParser"/>.</summary>
    /// <param name="text">The pattern as typed.</param>
    /// <param name="elements">Its elements, in order.</param>
    public NumberPattern(string text, IReadOnlyList<PatternElement> elements)
    {
        Text = text;
        Elements = elements;
    }

    /// <summary>The pattern as typed.</summary>
    public string Text { get; }

    /// <summary>Its elements, in order.</summary>
    public IReadOnlyList<PatternElement> Elements { get; }

    /// <summary>Whether numbers carry the year, which a yearly counter reset needs to keep them unique.</summary>
    public bool ContainsYear => Elements.Any(e => e.Kind is PatternElementKind.Year or PatternElementKind.ShortYear);

    /// <summary>Parses a pattern, adding one problem per fault (naming the key and the position) to <paramref name="problems"/>.</summary>
    /// <param name="text">The pattern.</param>
    /// <param name="key">The setting it comes from.</param>
    /// <param name="problems">Where faults go.</param>
    /// <returns>The pattern, or <see langword="null"/> when it has faults.</returns>
    public static NumberPattern? Parse(string text, string key, ICollection<Problem> problems) =>
        NumberPatternParser.Parse(text, key, problems);

    /// <summary>The number for a counter value and issue date, e.g. <c>F2026-00042</c>.</summary>
    /// <param name="counter">The counter value; it may need more digits than the counter's width.</param>
    /// <param name="issueDate">The issue date.</param>
    /// <returns>The number.</returns>
    public string Format(long counter, DateOnly issueDate)
    {
        var number = new StringBuilder(Elements.Count + 8);
        foreach (var element in Elements)
        {
            _ = element.Kind switch
            {
                PatternElementKind.Literal => number.Append(element.Character),
                PatternElementKind.Year => number.Append(issueDate.Year.ToString("D4", CultureInfo.InvariantCulture)),
                PatternElementKind.ShortYear => number.Append((issueDate.Year % 100).ToString("D2", CultureInfo.InvariantCulture)),
                PatternElementKind.Month => number.Append(issueDate.Month.ToString("D2", CultureInfo.InvariantCulture)),
                PatternElementKind.Counter => number.Append(counter.ToString("D" + element.Width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)),
                _ => throw new InvalidOperationException($"Unknown pattern element {element.Kind}."),
            };
        }
        return number.ToString();
    }
}
