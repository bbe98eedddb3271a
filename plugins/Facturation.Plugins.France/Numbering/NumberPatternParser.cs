using System.Globalization;
using Facturation.Sdk.Common;

namespace Facturation.Plugins.France.Numbering;

/// <summary>
/// Reads a number pattern: tokens <c>{yyyy}</c>, <c>{yy}</c>, <c>{mm}</c>, <c>{counter:N}</c> (N from 1 to 12, exactly
/// one) and literal ASCII letters, digits, '-', '_', '/', '.'. Every fault is reported with its position
/// (counted from 1), not just the first.
/// </summary>
internal static class NumberPatternParser
{
    /// <summary>Widest zero-padded counter.</summary>
    public const int MaxCounterWidth = 12;

    /// <summary>Longest pattern: a number is printed on every document and exchanged in e-invoices.</summary>
    public const int MaxLength = 200;

    private const string CounterPrefix = "counter:";

    /// <summary>Parses a pattern; see <see cref="NumberPattern.Parse"/>.</summary>
    /// <param name="text">The pattern.</param>
    /// <param name="key">The setting it comes from.</param>
    /// <param name="problems">Where faults go.</param>
    /// <returns>The pattern, or <see langword="null"/> when it has faults.</returns>
    public static NumberPattern? Parse(string text, string key, ICollection<Problem> problems)
    {
        if (text.Length > MaxLength)
        {
            problems.Add(new Problem("numbering.pattern-too-long", $"'{key}' must be at most {MaxLength} characters; got {text.Length}.", key));
            return null;
        }
        var faults = problems.Count;
        var elements = new List<PatternElement>();
        var counters = 0;
        var index = 0;
        while (index < text.Length)
        {
            var position = index + 1;
            if (text[index] != '{')
            {
                if (IsLiteral(text[index]))
                    elements.Add(new PatternElement(PatternElementKind.Literal, text[index]));
                else
                    problems.Add(new Problem("numbering.pattern-character", $"'{key}': character '{text[index]}' at position {position} is not allowed; use letters, digits, '-', '_', '/' or '.' outside tokens.", key));
                index++;
                continue;
            }
            var close = text.IndexOf('}', index + 1);
            var nextOpen = text.IndexOf('{', index + 1);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close))
            {
                problems.Add(new Problem("numbering.pattern-token", $"'{key}': the token opened at position {position} is not closed by '}}'.", key));
                counters += IsCounterAttempt(text.AsSpan(index + 1)) ? 1 : 0;
                if (close < 0)
                    break;
                index = nextOpen;
                continue;
            }
            var token = text[(index + 1)..close];
            if (ReadToken(token) is { } element)
            {
                if (element.Kind == PatternElementKind.Counter && ++counters > 1)
                    problems.Add(new Problem("numbering.pattern-counter", $"'{key}': a second counter at position {position}; a pattern has exactly one {{counter:N}}.", key));
                elements.Add(element);
            }
            else
            {
                counters += IsCounterAttempt(token) ? 1 : 0;
                problems.Add(new Problem("numbering.pattern-token", $"'{key}': unknown token '{{{token}}}' at position {position}; use {{yyyy}}, {{yy}}, {{mm}} or {{counter:N}} with N from 1 to {MaxCounterWidth}.", key));
            }
            index = close + 1;
        }
        if (counters == 0)
            problems.Add(new Problem("numbering.pattern-counter", $"'{key}' has no counter; a pattern has exactly one {{counter:N}}, e.g. F{{yyyy}}-{{counter:5}}.", key));
        return problems.Count == faults ? new NumberPattern(text, elements) : null;
    }

    private static PatternElement? ReadToken(string token)
    {
        switch (token)
        {
            case "yyyy":
                return new PatternElement(PatternElementKind.Year);
            case "yy":
                return new PatternElement(PatternElementKind.ShortYear);
            case "mm":
                return new PatternElement(PatternElementKind.Month);
        }
        return token.StartsWith(CounterPrefix, StringComparison.Ordinal)
            && int.TryParse(token.AsSpan(CounterPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var width)
            && width is >= 1 and <= MaxCounterWidth
                ? new PatternElement(PatternElementKind.Counter, Width: width)
                : null;
    }

    // A malformed or unclosed {counter...} is still meant as the counter: it is not reported as missing as well.
    private static bool IsCounterAttempt(ReadOnlySpan<char> token) => token.StartsWith("counter", StringComparison.Ordinal);

    private static bool IsLiteral(char character) =>
        char.IsAsciiLetterOrDigit(character) || character is '-' or '_' or '/' or '.';
}
